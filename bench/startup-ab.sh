#!/usr/bin/env bash
# Warm start-up of two builds side by side: alternating starts of distribution A and B, each on
# its own data folder (one start of each first, not counted, makes both folders warm), then N
# starts of each to /health/ready, and the medians. For a before/after comparison of a change that
# is smaller than the machine's drift between two bench/startup.sh runs.
#
#   bench/startup-ab.sh /path/to/old/deploy/target/sahakum deploy/target/sahakum [N=5]
set -euo pipefail
A=$(cd "$1" && pwd); B=$(cd "$2" && pwd); N=${3:-5}
PORT=${BENCH_PORT:-18181}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sahakum-ab.XXXXXX")
trap 'pkill -f "$WORK" 2>/dev/null || true; [ -n "${BENCH_KEEP:-}" ] || rm -rf "$WORK"' EXIT

start() { # dist label -> seconds to ready
  local t0 pid s
  t0=$(date +%s.%N)
  SAHAKUM_HTTP_PORT=$PORT SAHAKUM_DATA_DIR="$WORK/data-$2" SAHAKUM_ADMIN_PASSWORD=bench-admin-password \
    "$1/bin/sahakum" > "$WORK/$2.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/health/ready"; do
    sleep 0.05
    kill -0 $pid 2> /dev/null || { echo "$2 did not start:" >&2; tail -20 "$WORK/$2.log" >&2; exit 1; }
  done
  s=$(echo "$(date +%s.%N) - $t0" | bc)
  kill -TERM $pid; wait $pid 2> /dev/null || true
  echo "$s"
}
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

start "$A" a > /dev/null; start "$B" b > /dev/null
a_runs=(); b_runs=()
for _ in $(seq "$N"); do a_runs+=("$(start "$A" a)"); b_runs+=("$(start "$B" b)"); done
printf 'A %s: median %.2f s (runs: %s)\n' "$A" "$(median "${a_runs[@]}")" "${a_runs[*]}"
printf 'B %s: median %.2f s (runs: %s)\n' "$B" "$(median "${b_runs[@]}")" "${b_runs[*]}"
printf 'B / A: %.3f; load average (1/5/15 min) %s; %s cores\n' \
  "$(echo "$(median "${b_runs[@]}") / $(median "${a_runs[@]}")" | bc -l)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$(nproc)"
