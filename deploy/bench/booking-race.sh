#!/usr/bin/env bash
# 200 staff requests for the same booking slot at the same moment, through the gateway:
# prints successes (must be exactly 1), 409s (each with nextSlots), other answers and p50/p99.
# Exit status 0 only when exactly one request booked the slot and all others got 409 + nextSlots.
#
# Usage:
#   deploy/bench/booking-race.sh                 # builds, starts a fresh stack of its own, races, stops it
#   RENOS_BENCH_URL=http://127.0.0.1:8080 deploy/bench/booking-race.sh   # against a running stack,
#       with the install's owner API token from .renos/secrets/api-token (or RENOS_BENCH_TOKEN)
# env: REQUESTS=200, WARMUP=20 (a first race on another slot, not counted); RENOS_*_PORT to move the
# fresh stack's ports.
set -euo pipefail
cd "$(dirname "$0")/../.."

REQUESTS="${REQUESTS:-200}"
WARMUP="${WARMUP:-20}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

if [[ -n "${RENOS_BENCH_URL:-}" ]]; then
  token="${RENOS_BENCH_TOKEN:-$(cat "${RENOS_DATA_DIR:-.renos}/secrets/api-token")}"
  exec "$JAVA" deploy/bench/BookingRace.java "$RENOS_BENCH_URL" "$token" "$REQUESTS" "$WARMUP"
fi

export RENOS_DATA_DIR="$(mktemp -d /tmp/renos-booking-race.XXXXXX)"
export RENOS_DEMO_MAIL=false
# One client posting 200 requests at once; the per-user limit is for people.
export RENOS_RATE_LIMIT_REPLENISH_RATE="${RENOS_RATE_LIMIT_REPLENISH_RATE:-5000}"
export RENOS_RATE_LIMIT_BURST_CAPACITY="${RENOS_RATE_LIMIT_BURST_CAPACITY:-5000}"
trap './renos down >/dev/null 2>&1 || true; rm -rf "$RENOS_DATA_DIR"' EXIT

./renos build >/dev/null
./renos up -d > "$RENOS_DATA_DIR/up.out"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the race"
status=0
"$JAVA" deploy/bench/BookingRace.java "http://127.0.0.1:${RENOS_GATEWAY_PORT:-8080}" \
  "$(cat "$RENOS_DATA_DIR/secrets/api-token")" "$REQUESTS" "$WARMUP" || status=$?
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
