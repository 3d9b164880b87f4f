#!/usr/bin/env bash
# Times a cold `./scorecard build` of the standard content (a new JVM each run, jar already built)
# and prints every run and the median wall time. Usage: bench/build.sh [RUNS] (default 9).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
./scorecard --version >/dev/null   # builds the jar first if needed, outside the timing
times=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  ./scorecard build --out "$out/site" >/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[$(( runs / 2 ))]}
echo "runs (ms): ${times[*]}"
printf 'cold ./scorecard build, standard content: median %d.%02d s wall over %d runs (min %d ms, max %d ms), %s cores\n' \
  $((median / 1000)) $(( (median % 1000) / 10 )) "$runs" "${sorted[0]}" "${sorted[$((runs - 1))]}" "$(nproc)"
