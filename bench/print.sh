#!/usr/bin/env bash
# Times `./scorecard print skillset` for personalised batches (a new JVM each run, jar already built):
# 1,000 participants (median of RUNS runs, default 5) and 10,000 participants once with a 64 MB heap,
# and prints wall seconds, sheets per second and peak resident memory. Usage: bench/print.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
small="-Xmx64m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"

# Participants files with names from several alphabets, the way a real list looks.
people() {
  awk -v n="$1" 'BEGIN {
    split("Anna Ben Chloé Dmitri Eva Łukasz Zoë Nikos Olga Paul", first, " ");
    split("Smith Müller Kowalski Papadopoulos Ivanova García O’Brien Nguyen", last, " ");
    print "name,group,email";
    for (i = 0; i < n; i++) printf "%s %s,Team %d,p%d@example.org\n", first[i % 10 + 1], last[i % 8 + 1], i % 7 + 1, i;
  }' > "$2"
}
people 1000 "$work/1000.csv"
people 10000 "$work/10000.csv"

./scorecard --version >/dev/null   # builds the jar first if needed, outside the timing

# One run: prints "wall_ms rss_kb"; the command's own summary goes to the log.
run() {
  local opts=$1 csv=$2 start end
  start=$(date +%s%N)
  SCORECARD_JAVA_OPTS="$opts" /usr/bin/time -f %M -o "$work/rss" \
    ./scorecard print skillset --participants "$csv" --out "$work/sheets.pdf" >>"$work/log"
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(tail -1 "$work/rss")"
}

seconds() { printf '%d.%02d' $(( $1 / 1000 )) $(( ($1 % 1000) / 10 )); }

times=(); rss=()
for i in $(seq "$runs"); do
  read -r ms kb < <(run "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto" "$work/1000.csv")
  times+=("$ms"); rss+=("$kb")
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[$(( runs / 2 ))]}
peak=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
echo "runs (ms): ${times[*]}"
printf '1,000 skillset sheets: median %s s wall over %d runs (min %d ms, max %d ms), %d sheets/s, peak RSS %d MB, %s cores\n' \
  "$(seconds "$median")" "$runs" "${sorted[0]}" "${sorted[$((runs - 1))]}" $(( 1000 * 1000 / median )) $(( peak / 1024 )) "$(nproc)"

read -r ms kb < <(run "$small" "$work/1000.csv")
printf '1,000 sheets with -Xmx64m:  %s s wall, %d sheets/s, peak RSS %d MB\n' "$(seconds "$ms")" $(( 1000 * 1000 / ms )) $(( kb / 1024 ))
read -r ms kb < <(run "$small" "$work/10000.csv")
printf '10,000 sheets with -Xmx64m: %s s wall, %d sheets/s, peak RSS %d MB (%s)\n' "$(seconds "$ms")" $(( 10000 * 1000 / ms )) \
  $(( kb / 1024 )) "$(du -h "$work/sheets.pdf" | cut -f1)"
