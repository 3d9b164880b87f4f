#!/usr/bin/env bash
# Times `./scorecard tally` side by side with DuckDB, a new process each run with the jars built:
# (1) ROWS NPS rows: ours and DuckDB (read_csv in SQL, the way an analyst would count promoters,
#     passives and detractors), each RUNS times; prints the median CPU (user + sys of the whole
#     process), wall time and peak RSS of each and the ratio ours/DuckDB, and fails unless DuckDB's
#     counts and NPS equal ours. Targets: our CPU <= DuckDB's, peak RSS <= 160 MB.
# (2) ROWS skillset rows, ours only (target 4 s wall).
# The rows are generated from the header of the built site's own site/<id>/responses.csv, and the
# bench fails loudly unless every generated row is accepted, so it can never time a file of rejects.
# Usage: bench/tally.sh [RUNS] [ROWS]   (defaults 5 and 1000000). Files are kept in target/bench/.
# Needs /usr/bin/time (apt-get install -y time); DuckDB's JDBC jar comes from Maven Central through
# bench/duckdb/pom.xml, its own project, never a dependency of Scorecard Kit.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
rows=${2:-1000000}
dir=target/bench
mkdir -p "$dir"
fail() { echo "tally bench: $*" >&2; exit 1; }
[ -x /usr/bin/time ] || fail "/usr/bin/time is missing (apt-get install -y time)"
./scorecard --version >/dev/null   # builds the jar first if needed, outside the timing
mvn -q -B -o -f bench/duckdb/pom.xml package >/dev/null 2>&1 || mvn -q -B -f bench/duckdb/pom.xml package >&2 ||
  fail "could not build bench/duckdb (DuckDB's JDBC jar comes from Maven Central)"
duckdb=(java -cp "$dir/duckdb/classes:$dir/duckdb/lib/*" NpsDuckDb)

# The header of each instrument's keying file, exactly as the build writes it.
site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT
./scorecard build --out "$site/site" >/dev/null || fail "the site build failed"
header() { [ -f "$site/site/$1/responses.csv" ] || fail "no site/$1/responses.csv"; head -1 "$site/site/$1/responses.csv" | sed $'1s/^\xEF\xBB\xBF//; s/\r$//'; }

# gen FILE HEADER RATED LO HI: ROWS deterministic rows (awk's srand(1)) under HEADER: respondent,
# group and date columns filled, columns named in RATED (comma-separated, or * for every other
# column) a random LO..HI, the rest (text) left empty. Kept while its header and size still match.
gen() {
  local file=$1 head=$2 rated=$3 lo=$4 hi=$5
  if [ -f "$file" ] && [ "$(head -1 "$file" | tr -d '\r')" = "$head" ] && [ "$(wc -l < "$file")" -eq $((rows + 1)) ]; then
    return
  fi
  awk -v n="$rows" -v lo="$lo" -v hi="$hi" -v header="$head" -v rated="$rated" 'BEGIN {
    srand(1); printf "%s\r\n", header
    cols = split(header, col, ","); split(rated, r, ","); for (k in r) isRated[r[k]] = 1
    for (c = 1; c <= cols; c++)
      kind[c] = col[c] == "respondent" ? "id" : col[c] == "group" ? "group" : col[c] == "date" ? "date" \
        : (rated == "*" || col[c] in isRated) ? "rating" : "text"
    for (i = 0; i < n; i++) {
      line = ""
      for (c = 1; c <= cols; c++) {
        if (kind[c] == "id") v = "r" i
        else if (kind[c] == "group") v = substr("ABCD", i % 4 + 1, 1)
        else if (kind[c] == "date") v = sprintf("2026-%02d-%02d", i % 12 + 1, i % 28 + 1)
        else if (kind[c] == "rating") v = int(lo + rand() * (hi - lo + 1))
        else v = ""
        line = c == 1 ? v : line "," v
      }
      printf "%s\r\n", line
    }
  }' > "$file"
}
gen "$dir/nps.csv" "$(header nps)" recommend 0 10
gen "$dir/skillset.csv" "$(header skillset)" '*' 1 5

# accepted ID FILE: one tally, untimed, with --out; fails unless every generated row was accepted
# and rejects.csv (the list of everything not taken as written: rows, cells, dates) is empty.
accepted() {
  local report="$dir/$1-report"
  rm -rf "$report"
  ./scorecard tally "$1" "$2" --out "$report" > "$dir/$1-summary.txt" 2>&1 ||
    fail "$1: the tally failed: $(tail -3 "$dir/$1-summary.txt")"
  grep -q "^$1 (version [^)]*): $rows rows read = $rows accepted + 0 rejected" "$dir/$1-summary.txt" ||
    fail "$1: not every one of the $rows generated rows was accepted: $(head -1 "$dir/$1-summary.txt")"
  [ -f "$report/rejects.csv" ] && [ "$(wc -l < "$report/rejects.csv")" -le 1 ] ||
    fail "$1: the tally listed problems in $report/rejects.csv: $(sed -n 2p "$report/rejects.csv" 2>/dev/null)"
}

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
# measure LABEL COMMAND...: RUNS runs; sets wall, cpu (user + sys, s) and rss (MB), the medians.
measure() {
  local label=$1 walls=() cpus=() rsss=() w u s m
  shift
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %U %S %M' -o "$dir/time" "$@" > "$dir/out" 2> "$dir/err" ||
      fail "$label failed: $(tail -3 "$dir/err")"
    read -r w u s m < <(tail -1 "$dir/time")
    walls+=("$w"); cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }')"); rsss+=($((m / 1024)))
  done
  wall=$(median "${walls[@]}"); cpu=$(median "${cpus[@]}"); rss=$(median "${rsss[@]}")
  printf '%-8s runs: CPU s %s; wall s %s; peak RSS MB %s\n' "$label" "${cpus[*]}" "${walls[*]}" "${rsss[*]}"
}

echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown), $(java -version 2>&1 | head -1)"
echo "java options of tally (launcher): $(grep -oE '^ +opts=\([^)]*\)' scorecard | head -2 | sed -E 's/^ +opts=//' | paste -sd ';' | sed 's/;/ up to 64 MB of input, else /')"

accepted nps "$dir/nps.csv"
ours=$(grep -m1 '^NPS ' "$dir/nps-summary.txt" | sed 's/−/-/g')
measure ours ./scorecard tally nps "$dir/nps.csv"
o_wall=$wall o_cpu=$cpu o_rss=$rss
measure duckdb "${duckdb[@]}" "$dir/nps.csv"
d_wall=$wall d_cpu=$cpu d_rss=$rss
theirs=$(cat "$dir/out")
# Same figures: n, the three counts and the score (ours printed to one decimal).
awk -v rows="$rows" -v ours="$ours" -v theirs="$theirs" 'BEGIN {
  m = split(theirs, kv, /[ =]/); for (k = 1; k < m; k += 2) d[kv[k]] = kv[k + 1]
  if (!match(ours, /^NPS -?[0-9.]+/)) exit 1; score = substr(ours, 5, RLENGTH - 4)
  if (!match(ours, /n [0-9]+:/)) exit 1; n = substr(ours, RSTART + 2, RLENGTH - 3)
  if (!match(ours, /promoters [0-9]+/)) exit 1; p = substr(ours, RSTART + 10, RLENGTH - 10)
  if (!match(ours, /passives [0-9]+/)) exit 1; pa = substr(ours, RSTART + 9, RLENGTH - 9)
  if (!match(ours, /detractors [0-9]+/)) exit 1; de = substr(ours, RSTART + 11, RLENGTH - 11)
  same = n == rows && n == d["answered"] && p == d["promoters"] && pa == d["passives"] && de == d["detractors"]
  diff = score - d["nps"]; if (diff < 0) diff = -diff
  exit !(same && diff < 0.05 + 1e-9) }' ||
  fail "DuckDB's figures differ from ours: ours \"$ours\", DuckDB \"$theirs\""
echo "same figures: ours \"$ours\"; DuckDB \"$theirs\""
awk -v rows="$rows" -v ow="$o_wall" -v oc="$o_cpu" -v orss="$o_rss" -v dw="$d_wall" -v dc="$d_cpu" -v drss="$d_rss" 'BEGIN {
  printf "nps, %d rows, median of '"$runs"': ours %.2f s CPU, %.2f s wall, peak RSS %d MB; DuckDB %.2f s CPU, %.2f s wall, peak RSS %d MB\n",
    rows, oc, ow, orss, dc, dw, drss
  printf "ours/DuckDB: CPU %.2fx (target <= 1: %s), wall %.2fx; peak RSS target <= 160 MB: %s\n",
    oc / dc, oc <= dc ? "met" : "MISSED", ow / dw, orss <= 160 ? "met" : "MISSED" }'

accepted skillset "$dir/skillset.csv"
measure ours ./scorecard tally skillset "$dir/skillset.csv"
awk -v rows="$rows" -v w="$wall" -v c="$cpu" -v rss="$rss" 'BEGIN {
  printf "skillset, %d rows x 15 columns, median of '"$runs"': %.2f s wall (target 4 s: %s), %.2f s CPU, %.0f rows/s, peak RSS %d MB\n",
    rows, w, w <= 4 ? "met" : "MISSED", c, rows / w, rss }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
