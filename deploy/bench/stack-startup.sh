#!/usr/bin/env bash
# Measures what a user feels on this machine:
#   - cold start: ./renos up -d on an empty data folder until all ten components are healthy
#   - warm start: the same again with the data kept (second run)
#   - idle memory: RSS and PSS of every process (with their children, e.g. PostgreSQL backends)
#     after IDLE_SECONDS
# Usage: deploy/bench/stack-startup.sh   (env: IDLE_SECONDS=30, and any RENOS_*_PORT to move ports)
set -euo pipefail
cd "$(dirname "$0")/../.."

IDLE_SECONDS="${IDLE_SECONDS:-30}"
export RENOS_DATA_DIR="$(mktemp -d /tmp/renos-bench.XXXXXX)"
trap './renos down >/dev/null 2>&1 || true; rm -rf "$RENOS_DATA_DIR"' EXIT

now() { date +%s.%N; }
tree_pids() { local p=$1; echo "$p"; for c in $(ps -o pid= --ppid "$p"); do tree_pids "$c"; done; }
kib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

./renos build >/dev/null
t0=$(now); ./renos up -d > "$RENOS_DATA_DIR/up1.out"; t1=$(now)
./renos down >/dev/null
t2=$(now); ./renos up -d > "$RENOS_DATA_DIR/up2.out"; t3=$(now)

sleep "$IDLE_SECONDS"
total_rss=0; total_pss=0
printf '%-22s %10s %10s\n' COMPONENT RSS_MiB PSS_MiB
while read -r name pid _; do
  [[ "$pid" =~ ^[0-9]+$ ]] || continue
  rss=0; pss=0
  for p in $(tree_pids "$pid"); do
    r=$(awk '/^VmRSS:/ {print $2}' "/proc/$p/status" 2>/dev/null || echo 0)
    s=$(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)
    rss=$((rss + ${r:-0})); pss=$((pss + ${s:-0}))
  done
  total_rss=$((total_rss + rss)); total_pss=$((total_pss + pss))
  printf '%-22s %10s %10s\n' "$name" "$(kib $rss)" "$(kib $pss)"
done < <(./renos status | tail -n +2)

echo
printf 'cold start to all healthy (empty data): %.1f s\n' "$(awk -v a="$t0" -v b="$t1" 'BEGIN{print b-a}')"
printf 'warm start to all healthy (data kept):  %.1f s\n' "$(awk -v a="$t2" -v b="$t3" 'BEGIN{print b-a}')"
printf 'idle memory after %s s: RSS %s MiB, PSS %s MiB (PSS counts shared pages once)\n' \
  "$IDLE_SECONDS" "$(kib $total_rss)" "$(kib $total_pss)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
