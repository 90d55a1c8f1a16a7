#!/usr/bin/env bash
# Catalog benchmark at the full demo scale on PostgreSQL (docs/benchmarks.md):
#   1. installs wrk from Debian if missing; builds nothing (run ./mvnw -DskipTests install first);
#   2. creates a fresh database bench_full_<timestamp> on 127.0.0.1:5432 (user postgres, trust auth), starts
#      ear/target/server with mercato.ear, MERCATO_DEMO_DATA=full and a 1.5 GiB heap, ports shifted by 400
#      (HTTP 8480, management 10390), and reports the full load time and the search index build time;
#   3. measures, BENCH_RUNS times (default 3) side by side, and prints each run and the medians:
#      search latency p50/p95/p99 at 1 client, search throughput at 16 clients (bench/search-queries.txt),
#      cached product detail requests/s and p99 at 64 clients (bench/product-pages.txt), sending
#      Accept-Encoding: gzip as browsers and shop front ends do (BENCH_DETAIL_ENCODING sets another value;
#      BENCH_DETAIL_ENCODING=identity measures the uncompressed page);
#   4. reports the server's heap after a full GC, then stops the server and drops the database
#      (BENCH_KEEP=1 keeps both).
# Environment: BENCH_RUNS, BENCH_DURATION (seconds a measurement, default 30), BENCH_WORK (work directory),
# BENCH_REUSE_DB=<database> (skip the load: start on an already loaded database, e.g. one kept before),
# BENCH_ATTACH=<work directory> (measure the server bench/server.sh left running there), BENCH_KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${BENCH_RUNS:-3}
duration=${BENCH_DURATION:-30}
work=${BENCH_WORK:-$(mktemp -d /tmp/mercato-bench.XXXXXX)}
mkdir -p "$work"
offset=${BENCH_PORT_OFFSET:-400}
app="http://127.0.0.1:$((8080 + offset))"
export BENCH_PORT_OFFSET=$offset

if ! command -v wrk >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
fi
command -v psql >/dev/null || { echo "psql is needed (apt-get install -y postgresql-client)" >&2; exit 1; }
pg_isready -h 127.0.0.1 -p 5432 -q || { echo "PostgreSQL is not answering on 127.0.0.1:5432" >&2; exit 1; }

if [ -n "${BENCH_ATTACH:-}" ]; then
  # Measure a server that bench/server.sh started earlier in this work directory (no load, no startup numbers).
  work=$BENCH_ATTACH
  db=$(cat "$work/database")
  echo "attached to the running server of $work (database $db)" | tee "$work/startup.txt"
  BENCH_KEEP=1
elif [ -n "${BENCH_REUSE_DB:-}" ]; then
  db=$BENCH_REUSE_DB
  BENCH_REUSE_DB=1 bench/server.sh "$work" "$db" | tee "$work/startup.txt"
else
  db="bench_full_$(date +%Y%m%d%H%M%S)"
  bench/server.sh "$work" "$db" | tee "$work/startup.txt"
fi
pid=$(pgrep -f "^java .*$work/server" | head -1)
cleanup() {
  if [ -z "${BENCH_KEEP:-}" ]; then
    kill "$pid" 2>/dev/null || true
    sleep 5
    [ -n "${BENCH_REUSE_DB:-}" ] || psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db with (force)" postgres >/dev/null 2>&1 || true
  else
    echo "kept: server pid $pid (kill it when done), database $db, work directory $work"
  fi
}
trap cleanup EXIT

measure() { # name clients threads paths prefix [accept-encoding]; the 1-minute load average at the end of each run
  local result
  result=$(BENCH_PATHS="$4" BENCH_PREFIX="$5" BENCH_ACCEPT_ENCODING="${6:-}" wrk -t"$3" -c"$2" -d"${duration}s" --timeout 5s -s bench/rotate.lua "$app" \
    | grep '^RESULT' | sed "s/^RESULT/$1/")
  echo "$result load=$(cut -d' ' -f1 /proc/loadavg)"
}

# Warm up: every search of the list once, one at a time (the first search after the start lays the catalog
# snapshot out for scanning, ADR 0021), then the JIT and every product page into the replicated cache. Search
# keeps no answers: every measured search runs.
grep -v '^#' bench/search-queries.txt | grep -v '^$' | while read -r query; do
  curl -s -o /dev/null --max-time 120 "$app/api/v1/catalog/products$query" || true
done
BENCH_PATHS=bench/search-queries.txt BENCH_PREFIX=/api/v1/catalog/products wrk -t2 -c8 -d20s -s bench/rotate.lua "$app" >/dev/null
BENCH_PATHS=bench/product-pages.txt BENCH_PREFIX=/api/v1/catalog/products wrk -t2 -c8 -d10s -s bench/rotate.lua "$app" >/dev/null

detail_encoding=${BENCH_DETAIL_ENCODING:-gzip}
results="$work/results.txt"
: > "$results"
for run in $(seq 1 "$runs"); do
  measure "run=$run search_1_client" 1 1 bench/search-queries.txt /api/v1/catalog/products | tee -a "$results"
  measure "run=$run search_16_clients" 16 2 bench/search-queries.txt /api/v1/catalog/products | tee -a "$results"
  measure "run=$run detail_64_clients" 64 2 bench/product-pages.txt /api/v1/catalog/products "$detail_encoding" | tee -a "$results"
done

median() { # test field
  grep " $1 " "$results" | sed -n "s/.* $2=\([0-9.]*\).*/\1/p" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
jcmd "$pid" GC.run >/dev/null
heap=$(jcmd "$pid" GC.heap_info | tr -s ' ' | sed -n 's/.* total \([0-9]*\)K, used \([0-9]*\)K.*/\2/p' | head -1)

echo
echo "== Mercato catalog benchmark, full scale on PostgreSQL ($(date -u +%F), $(nproc) cores, $(uname -m), medians of $runs runs of ${duration} s)"
sed 's/^/   /' "$work/startup.txt"
printf '   search, 1 client:     p50 %s ms, p95 %s ms, p99 %s ms (%s req/s)\n' \
  "$(median search_1_client p50_ms)" "$(median search_1_client p95_ms)" "$(median search_1_client p99_ms)" "$(median search_1_client rps)"
printf '   search, 16 clients:   %s queries/s, p99 %s ms\n' "$(median search_16_clients rps)" "$(median search_16_clients p99_ms)"
printf '   product detail (cached, Accept-Encoding: %s), 64 clients: %s requests/s, p99 %s ms\n' "$detail_encoding" "$(median detail_64_clients rps)" "$(median detail_64_clients p99_ms)"
printf '   load average (1 min) after each run: %s\n' "$(sed -n 's/.* load=\([0-9.]*\).*/\1/p' "$results" | tr '\n' ' ')"
printf '   heap used after a full GC: %s MiB (max heap 1536 MiB)\n' "$(( ${heap:-0} / 1024 ))"
echo "   every run: $results"
