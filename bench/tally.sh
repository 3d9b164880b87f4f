#!/usr/bin/env bash
# Times `./scorecard tally` on generated response files, a new JVM each run with the jar already
# built: 1,000,000 NPS rows and 1,000,000 skillset rows (targets: 1.5 s and 4 s wall). Prints every
# run, the median, rows per second, peak memory, and the ratio to `wc -l` on the same file.
# Usage: bench/tally.sh [RUNS] [ROWS]   (defaults 5 and 1000000). Files are kept in target/bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
rows=${2:-1000000}
dir=target/bench
mkdir -p "$dir"
./scorecard --version >/dev/null   # builds the jar first if needed, outside the timing

# Deterministic files (awk's srand(1)); regenerated only when missing or of another size.
gen() {  # gen FILE HEADER ITEMS MIN MAX
  local file=$1 header=$2 items=$3 min=$4 max=$5
  if [ -f "$file" ] && [ "$(wc -l < "$file")" -eq $((rows + 1)) ]; then return; fi
  awk -v n="$rows" -v items="$items" -v lo="$min" -v hi="$max" -v header="$header" 'BEGIN {
    srand(1); printf "%s\r\n", header
    for (i = 0; i < n; i++) {
      line = sprintf("r%d,%s,2026-%02d-%02d", i, substr("ABCD", i % 4 + 1, 1), i % 12 + 1, i % 28 + 1)
      for (j = 0; j < items; j++) line = line "," int(lo + rand() * (hi - lo + 1))
      if (items == 1) line = line ","
      printf "%s\r\n", line
    }
  }' > "$file"
}
gen "$dir/nps.csv" "respondent,group,date,recommend,reason" 1 0 10
skill_header="respondent,group,date,importance-of-service,service-in-every-task,adapt-to-customers,continuing-to-learn,adapt-speaking,service-models-and-processes,handling-conflict,listening-skills,flexible-communication,solution-oriented,always-courteous,open-to-improvement"
gen "$dir/skillset.csv" "$skill_header" 12 1 5

ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

bench() {  # bench INSTRUMENT FILE TARGET_MS
  local id=$1 file=$2 target=$3 times=() start end peak=""
  for _ in $(seq "$runs"); do
    start=$(ms)
    if [ -x /usr/bin/time ]; then
      peak=$(/usr/bin/time -f '%M' ./scorecard tally "$id" "$file" 2>&1 >/dev/null | tail -1)
    else
      ./scorecard tally "$id" "$file" >/dev/null
    fi
    end=$(ms)
    times+=($((end - start)))
  done
  local med wc_start wc_ms
  med=$(median "${times[@]}")
  wc_start=$(ms); wc -l "$file" >/dev/null; wc_ms=$(( $(ms) - wc_start )); [ "$wc_ms" -gt 0 ] || wc_ms=1
  echo "$id: runs (ms) ${times[*]}"
  awk -v id="$id" -v rows="$rows" -v med="$med" -v target="$target" -v wc="$wc_ms" -v peak="$peak" 'BEGIN {
    printf "%s: %d rows, median %.2f s wall (target %.1f s: %s), %.0f rows/s, %s; wc -l %d ms, tally/wc-l ratio %.0fx\n",
      id, rows, med / 1000, target / 1000, med <= target ? "met" : "MISSED", rows / (med / 1000),
      peak == "" ? "peak memory unknown" : sprintf("peak RSS %d MB", peak / 1024), wc, med / wc }'
}
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
bench nps "$dir/nps.csv" 1500
bench skillset "$dir/skillset.csv" 4000
