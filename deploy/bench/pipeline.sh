#!/usr/bin/env bash
# The pipeline benchmark on a fresh stack of its own:
#   1. EMAILS emails (default 1000, one in three a lead) posted through the gateway with the
#      install's API token (its rate limit raised for this stack) to email-ingest-service;
#      prints throughput until the last quote is drafted, ingest -> QuoteDrafted p50/p99,
#      lost and duplicated (both must be 0)
#   2. the same with lead-service killed (SIGKILL) halfway and restarted: lost, duplicated
#      and the time to catch up
# Usage: deploy/bench/pipeline.sh   (env: EMAILS=1000; RENOS_*_PORT to move ports)
set -euo pipefail
cd "$(dirname "$0")/../.."

EMAILS="${EMAILS:-1000}"
export RENOS_DATA_DIR="$(mktemp -d /tmp/renos-bench.XXXXXX)"
export RENOS_DEMO_MAIL=false
# The bench is one client posting as fast as it can; the per-user limit is for people.
export RENOS_RATE_LIMIT_REPLENISH_RATE="${RENOS_RATE_LIMIT_REPLENISH_RATE:-5000}"
export RENOS_RATE_LIMIT_BURST_CAPACITY="${RENOS_RATE_LIMIT_BURST_CAPACITY:-5000}"
trap './renos down >/dev/null 2>&1 || true; rm -rf "$RENOS_DATA_DIR"' EXIT

./renos build >/dev/null
./renos up -d > "$RENOS_DATA_DIR/up.out"
echo "== steady run"
./renos bench --emails "$EMAILS"
echo
echo "== lead-service killed halfway"
./renos bench --emails "$EMAILS" --kill lead-service
echo
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
