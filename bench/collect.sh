#!/usr/bin/env bash
# Drives `./scorecard collect` with CLIENTS concurrent loopback clients (bench/CollectLoad.java: raw
# keep-alive HTTP/1.1, each post an NPS answer with its own _id), first on a SQLite file (WAL,
# synchronous=FULL) and then on a PostgreSQL server this script starts from Debian's binaries
# (/usr/lib/postgresql/*/bin) in a temporary folder. Two runs per database, each a warm-up and then
# SECONDS measured:
#   max   a closed loop, every client posting again as soon as it is answered: the most the
#         collector takes (its latency is mostly the queue: CLIENTS / rate, by Little's law);
#   RATE  an open loop, the clients together sending RATE posts a second on a schedule: the
#         latency at that sustained rate, counted from when each post was due.
# Prints per run submissions per second, p50/p99/max latency and errors, per database the
# collector's peak RSS, and fails unless the rows stored equal the posts acknowledged (201), all
# with distinct ids.
# Target (the issue): >= 1,000 submissions/s sustained with p99 < 50 ms on SQLite, 2 cores.
# Usage: bench/collect.sh [SECONDS] [CLIENTS] [WARMUP] [RATE]   (defaults 20, 200, 5 and 1000).
# The collector runs as users run it (the launcher's JVM options), unless SCORECARD_JAVA_OPTS says otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
clients=${2:-200}
warmup=${3:-5}
rate=${4:-1000}
fail() { echo "collect bench: $*" >&2; exit 1; }

./scorecard --version >/dev/null   # builds the jar first if needed, outside the timing
loadgen=target/bench/collect-load
mkdir -p "$loadgen"
if [ ! -f "$loadgen/CollectLoad.class" ] || [ bench/CollectLoad.java -nt "$loadgen/CollectLoad.class" ]; then
  javac -d "$loadgen" bench/CollectLoad.java || fail "could not compile bench/CollectLoad.java"
fi
cp="$loadgen:target/lib/*"

tmp=$(mktemp -d)
pg_bin="" pg_data="" collector=""
cleanup() {
  [ -n "$collector" ] && kill "$collector" 2>/dev/null && wait "$collector" 2>/dev/null
  if [ -n "$pg_data" ]; then as_pg "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
# initdb refuses to run as root: the server then runs as the postgres user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() {
  local p
  for p in $(seq "$1" $(($1 + 200))); do
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
  fail "no free port from $1"
}

# bench LABEL DB COUNT_URL: one collector on DB under load; prints its figures and checks its rows.
bench() {
  local label=$1 db=$2 count_url=$3 log="$tmp/$1.log" port="" i max at rss stored acked
  ./scorecard collect --db "$db" --port 0 --rate-limit 0 --min-seconds 0 >"$log" 2>&1 &
  collector=$!
  for i in $(seq 1 600); do
    port=$(sed -n 's|^Collecting on http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$log")
    [ -n "$port" ] && break
    kill -0 "$collector" 2>/dev/null || { cat "$log" >&2; fail "$label: the collector stopped"; }
    sleep 0.1
  done
  [ -n "$port" ] || { cat "$log" >&2; fail "$label: the collector did not start within a minute"; }
  max=$(java -XX:+UseSerialGC -cp "$cp" CollectLoad load 127.0.0.1 "$port" "$clients" "$warmup" "$seconds" "$label-max")
  printf '%-10s %-5s %s\n' "$label" max "$max"
  at=$(java -XX:+UseSerialGC -cp "$cp" CollectLoad load 127.0.0.1 "$port" "$clients" "$warmup" "$seconds" "$label-at" "$rate")
  printf '%-10s %-5s %s\n' "$label" "$rate" "$at"
  rss=$(awk '/^VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$collector/status")
  kill "$collector"
  wait "$collector" || true
  collector=""
  stored=$(java -cp "$cp" CollectLoad count "$count_url" nps)
  acked=$(( $(sed -n 's/.*acknowledged=\([0-9]*\).*/\1/p' <<<"$max" | head -1) + $(sed -n 's/.*acknowledged=\([0-9]*\).*/\1/p' <<<"$at" | head -1) ))
  printf '%-10s peak_rss_mb=%s %s acknowledged=%s\n' "$label" "$rss" "$stored" "$acked"
  grep -q "stopped with errors\|Exception" "$log" && { echo "collector log:"; cat "$log"; }
  [ "$stored" = "stored=$acked distinct=$acked" ] || fail "$label: $stored but $acked posts were acknowledged"
}

echo "collect bench: $clients clients, ${warmup} s warm-up and ${seconds} s measured per run, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
bench sqlite "$tmp/responses.db" "jdbc:sqlite:$tmp/responses.db"

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  echo "postgresql: skipped (no server binaries: apt-get install postgresql)"
  exit 0
fi
mkdir "$tmp/pg"
[ "$(id -u)" = 0 ] && chown postgres "$tmp" "$tmp/pg"
pg_port=$(free_port 25432)
as_pg "$pg_bin/initdb" -D "$tmp/pg/data" -A trust -U postgres -E UTF8 --locale=C >"$tmp/initdb.log" 2>&1 ||
  { cat "$tmp/initdb.log" >&2; fail "initdb failed"; }
pg_data="$tmp/pg/data"
as_pg "$pg_bin/pg_ctl" -D "$pg_data" -l "$tmp/pg/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $tmp/pg" start >/dev/null || { cat "$tmp/pg/server.log" >&2; fail "PostgreSQL did not start"; }
as_pg "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres bench
bench postgresql "postgresql://postgres@127.0.0.1:$pg_port/bench" "jdbc:postgresql://127.0.0.1:$pg_port/bench?user=postgres"
