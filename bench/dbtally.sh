#!/usr/bin/env bash
# Times a tally straight from a collector's database against a tally of its export: N generated
# skillset responses (12 ratings 1-5, 8 groups, dates over six months, one in a thousand a later
# answer of an earlier respondent) are made inside PostgreSQL (generate_series) and SQLite (a
# recursive CTE), then it times, each as a new JVM through ./scorecard:
#   tally skillset --db postgresql   (the push-down: counted inside the database)
#   tally skillset --db ... --no-push-down   (the plain path: every row read through the checker)
#   tally skillset --db sqlite-file  (the plain path)
#   export skillset --db postgresql --out export.csv, and tally skillset export.csv
# and prints seconds and peak RSS of the JVM side by side (the PostgreSQL server's own memory is not
# in the RSS). It checks that every tally gave the same summary.json.
# Usage: bench/dbtally.sh [N] (default 1000000). Needs /usr/lib/postgresql/*/bin, sqlite3, GNU time;
# a PostgreSQL server is started in a temporary folder (as the postgres user when run as root), or
# give one with DBTALLY_POSTGRES=postgresql://user@host:port (a database dbtally_bench is made there).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
work=$(mktemp -d)
chmod 755 "$work"
pg_started=""
cleanup() {
  if [ -n "$pg_started" ]; then
    as_pg "$pg_bin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ -n "${DBTALLY_POSTGRES:-}" ]; then
  server=$DBTALLY_POSTGRES
else
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  port=$(( 20000 + RANDOM % 20000 ))
  [ "$(id -u)" = 0 ] && chown postgres "$work"
  as_pg "$pg_bin/initdb" -D "$work/pg" -A trust -U postgres -E UTF8 --locale=C --no-sync >/dev/null
  as_pg "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -o "-c listen_addresses=127.0.0.1 -p $port -k $work" start >/dev/null
  pg_started=1
  server="postgresql://postgres@127.0.0.1:$port"
fi
psql -q "$server/postgres" -c "DROP DATABASE IF EXISTS dbtally_bench WITH (FORCE)" -c "CREATE DATABASE dbtally_bench"
pg="$server/dbtally_bench"
lite="$work/responses.db"

./scorecard --version >/dev/null   # builds the jar first if needed, outside the timing
# An export of nothing makes (migrates) each database's schema, as the collector would.
./scorecard export skillset --db "$pg" --out "$work/empty.csv" >/dev/null
./scorecard export skillset --db "$lite" --out "$work/empty.csv" >/dev/null

mapfile -t items < <(grep -E '^  - id:' content/instruments/skillset.yaml | awk '{print $3}')
# The same answers in both databases: a rating worked out from the row and item number, not random.
pg_answers=""; lite_answers=""; k=0
for id in "${items[@]}"; do
  k=$((k + 1))
  rating="(1 + (i * 31 + $k * 17 + i / ($k + 1)) % 5)"
  pg_answers+="${pg_answers:+, }'$id', $rating::text"
  lite_answers+="${lite_answers:+, }'$id', cast($rating as text)"
done
respondent="'r' || CASE WHEN i % 1000 = 0 THEN i / 2 ELSE i END"
echo "generating $n responses in PostgreSQL and SQLite..."
gen_start=$(date +%s)
psql -q "$pg" -c "INSERT INTO responses (instrument, version, submission, received, respondent, grp, answered_on, answers)
  SELECT 'skillset', '1', 's' || i, 1767225600000 + i * 1000, $respondent, 'team-' || (i % 8),
         to_char(DATE '2026-01-01' + (i % 180), 'YYYY-MM-DD'), jsonb_build_object($pg_answers)
  FROM generate_series(1, $n) AS i" -c "VACUUM ANALYZE responses"
sqlite3 "$lite" "WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < $n)
  INSERT INTO responses (instrument, version, submission, received, respondent, grp, answered_on, answers)
  SELECT 'skillset', '1', 's' || i, 1767225600000 + i * 1000, $respondent, 'team-' || (i % 8),
         date('2026-01-01', '+' || (i % 180) || ' days'), json_object($lite_answers) FROM g;"
echo "generated in $(( $(date +%s) - gen_start )) s"

# One untimed tally first: the launcher records its class-data archive on the first tally run.
./scorecard tally skillset --db "$lite" >/dev/null 2>&1 || true
results=()
run() {  # run LABEL OUT-DIR ARGS...: times one ./scorecard run, its summary.json kept in OUT-DIR
  local label=$1 out=$2
  shift 2
  /usr/bin/time -f "%e %M" -o "$work/time" ./scorecard "$@" >"$work/stdout" 2>"$work/stderr" || {
    echo "$label failed:"; cat "$work/stderr"; exit 1; }
  read -r secs kb <"$work/time"
  results+=("$(printf '%-44s %8.2f s %8d MB' "$label" "$secs" $((kb / 1024)))")
  if [ -n "$out" ]; then cp "$work/$out/summary.json" "$work/$out.json"; fi
}
run "tally --db postgresql (push-down)" pushed tally skillset --db "$pg" --out "$work/pushed"
run "tally --db postgresql --no-push-down (plain)" plain tally skillset --db "$pg" --no-push-down --out "$work/plain"
run "tally --db sqlite (plain)" lite tally skillset --db "$lite" --out "$work/lite"
run "export --db postgresql --out export.csv" "" export skillset --db "$pg" --out "$work/export.csv"
run "tally export.csv" file tally skillset "$work/export.csv" --out "$work/file"
run "tally --db postgresql --by month (push-down)" "" tally skillset --db "$pg" --by month --out "$work/bymonth"

echo
echo "$n skillset responses, $(nproc) cores:"
printf '%s\n' "${results[@]}"
for s in plain lite file; do
  if ! cmp -s "$work/pushed.json" "$work/$s.json"; then
    echo "summary.json of $s differs from the push-down's"; exit 1
  fi
done
echo "every tally gave the same summary.json ($(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['rows'])" "$work/pushed.json" 2>/dev/null || echo rows))"
