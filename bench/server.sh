#!/usr/bin/env bash
# Starts the built server (ear/target/server + ear/target/mercato.ear) on a fresh PostgreSQL database at the
# full demo scale and waits until the demo data is loaded and the search index is complete.
# Usage: bench/server.sh <workdir> [database]   (prints timings; leaves the server running, its pid in <workdir>/server.pid)
# BENCH_HEAP replaces the heap options; BENCH_JAVA_OPTS adds JVM options, e.g. a flight recording:
#   BENCH_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/catalog.jfr,settings=profile,delay=60s,duration=120s"
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:?workdir}
db=${2:-bench_full_$(date +%Y%m%d%H%M%S)}
offset=${BENCH_PORT_OFFSET:-400}
management="http://127.0.0.1:$((9990 + offset))"
mkdir -p "$work"
[ -f ear/target/mercato.ear ] || { echo "build first: ./mvnw -DskipTests install" >&2; exit 1; }

if [ -z "${BENCH_REUSE_DB:-}" ]; then
  psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qc "drop database if exists $db with (force)" postgres
  psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qc "create database $db" postgres
fi
echo "$db" > "$work/database"

rm -rf "$work/server"
cp -r ear/target/server "$work/server"
# A server that ran before (tests, -Prun) keeps its log, H2 database and search index under standalone/:
# start from none of them.
rm -rf "$work/server/standalone/data" "$work/server/standalone/log" "$work/server/standalone/tmp"
cp ear/target/mercato.ear "$work/server/standalone/deployments/"

started=$(date +%s)
MERCATO_DB_DRIVER=postgresql \
MERCATO_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
MERCATO_DB_USER=postgres MERCATO_DB_PASSWORD=postgres \
MERCATO_DEMO_DATA=full \
MERCATO_CLUSTER_NAME="bench-$offset" \
JBOSS_JAVA_SIZING="${BENCH_HEAP:--Xms1536m -Xmx1536m} ${BENCH_JAVA_OPTS:-}" \
  nohup "$work/server/bin/standalone.sh" -Djboss.socket.binding.port-offset=$offset >"$work/server.out" 2>&1 &
echo $! > "$work/server.pid"

log="$work/server/standalone/log/server.log"
deployed=""
for _ in $(seq 1 1800); do
  if grep -q "WFLYSRV0010: Deployed \"mercato.ear\"" "$log" 2>/dev/null; then deployed=yes; break; fi
  if grep -q "WFLYSRV0026\|WFLYCTL0186\|Deployment .* failed" "$log" 2>/dev/null && ! kill -0 "$(cat "$work/server.pid")" 2>/dev/null; then break; fi
  sleep 1
done
[ -n "$deployed" ] || { echo "mercato.ear did not deploy; see $log" >&2; tail -30 "$log" >&2; exit 1; }
deployed_at=$(date +%s)
for _ in $(seq 1 3600); do
  if curl -fsS "$management/health/ready" 2>/dev/null | grep -q '"name":"search-index","status":"UP"'; then break; fi
  sleep 2
done
ready_at=$(date +%s)
load_ms=$(sed -n 's/.*Loaded the full demo marketplace in \([0-9]*\) ms.*/\1/p' "$log" | tail -1)
index_ms=$(sed -n 's/.*Rebuilt the search index: [0-9]* product(s) in \([0-9]*\) ms.*/\1/p' "$log" | tail -1)
echo "server deployed in $((deployed_at - started)) s, ready (data loaded and indexed) $((ready_at - started)) s after start"
[ -n "$load_ms" ] && echo "full demo data load: $((load_ms / 1000)) s"
[ -n "$index_ms" ] && echo "search index build: $((index_ms / 1000)) s"
exit 0
