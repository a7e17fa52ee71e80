#!/usr/bin/env bash
# The Gmail benchmark on a fresh stack of its own, with the fake Google server (in the bench process)
# standing in for Gmail:
#   1. initial sync of THREADS threads x PER_THREAD messages (default 2,000 x 5 = 10,000): messages
#      per minute end to end (stored, and every inbound message's EmailReceived on Kafka)
#   2. SAMPLES new messages delivered one by one: time from the message appearing in the fake mailbox
#      to its EmailReceived on Kafka, p50/p99
# Usage: deploy/bench/gmail-sync.sh   (env: THREADS, PER_THREAD, SAMPLES, FAKE_GOOGLE_PORT=18089,
#        RENOS_GMAIL_POLL_INTERVAL to try another poll interval; RENOS_*_PORT to move ports)
set -euo pipefail
cd "$(dirname "$0")/../.."

THREADS="${THREADS:-2000}"
PER_THREAD="${PER_THREAD:-5}"
SAMPLES="${SAMPLES:-100}"
# FAKE_GMAIL_PORT is the old name of FAKE_GOOGLE_PORT, still honoured.
FAKE_GOOGLE_PORT="${FAKE_GOOGLE_PORT:-${FAKE_GMAIL_PORT:-18089}}"
export RENOS_DATA_DIR="$(mktemp -d /tmp/renos-bench.XXXXXX)"
export RENOS_DEMO_MAIL=false
export RENOS_GMAIL_ROOT_URL="http://127.0.0.1:$FAKE_GOOGLE_PORT/"
export RENOS_GMAIL_TOKEN_URL="http://127.0.0.1:$FAKE_GOOGLE_PORT/token"
trap './renos down >/dev/null 2>&1 || true; rm -rf "$RENOS_DATA_DIR"' EXIT

./renos build >/dev/null
./renos up -d > "$RENOS_DATA_DIR/up.out"
./renos bench gmail --threads "$THREADS" --per-thread "$PER_THREAD" --samples "$SAMPLES"
pid=$(pgrep -f 'email-ingest-service.jar' | head -1 || true)
if [ -n "$pid" ]; then
  echo "email-ingest-service RSS after the run: $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MiB"
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
