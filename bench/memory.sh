#!/usr/bin/env bash
# Prints the memory and time figures of respondent-id duplicate detection, a new JVM each run with
# the launcher's own options and the jar already built: (a) 10,000,000 NPS rows with e-mail-style
# ids (target: peak RSS <= 256 MB), (b) 131,072 ids crafted to collide under the old, unkeyed id
# hash (target: <= 2 s wall), (c) 5,000,000 distinct short ids. Peak RSS by /usr/bin/time -f %M.
# Files are generated into a temporary folder, removed on exit.
# Usage: bench/memory.sh [ROWS_A] [ROWS_C]   (defaults 10000000 and 5000000)
set -euo pipefail
cd "$(dirname "$0")/.."
rows_a=${1:-10000000}
rows_c=${2:-5000000}
if [ ! -x /usr/bin/time ]; then
  echo "memory: /usr/bin/time is missing (apt-get install -y time)" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./scorecard --version >/dev/null   # builds the jar first if needed, outside the timing

awk -v n="$rows_a" 'BEGIN { srand(1); print "respondent,group,date,recommend,reason"
  for (i = 0; i < n; i++) printf "first.last%07d@example.com,,,%d,\n", i, int(rand() * 11) }' > "$work/emails.csv"
java bench/CollidingIds.java 17 > "$work/colliding.csv"
awk -v n="$rows_c" 'BEGIN { srand(2); print "respondent,group,date,recommend,reason"
  for (i = 0; i < n; i++) printf "r%d,,,%d,\n", i, int(rand() * 11) }' > "$work/short.csv"

# run LABEL FILE TARGET: one tally; prints wall time, peak RSS and the tally's count line.
run() {
  local label=$1 file=$2 target=$3 summary
  if ! /usr/bin/time -f '%e %M' -o "$work/time" ./scorecard tally nps "$file" > "$work/out" 2> "$work/err"; then
    echo "$label: FAILED: $(tail -1 "$work/err")"
    return
  fi
  summary=$(grep -m1 'rows read' "$work/out" || true)
  read -r wall kb < <(tail -1 "$work/time")
  printf '%s: %s s wall, peak RSS %d MB (target %s); %s\n' "$label" "$wall" $((kb / 1024)) "$target" "$summary"
}
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), java options of tally (launcher): $(grep -oE '^ +opts=\([^)]*\)' scorecard | head -2 | sed -E 's/^ +opts=//' | paste -sd ';' | sed 's/;/ up to 64 MB of input, else /')"
run "(a) $rows_a e-mail ids" "$work/emails.csv" "RSS <= 256 MB"
run "(b) 131072 ids colliding under the old hash" "$work/colliding.csv" "<= 2 s"
run "(c) $rows_c distinct short ids" "$work/short.csv" "none"
