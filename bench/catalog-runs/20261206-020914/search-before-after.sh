#!/usr/bin/env bash
# A/B: the search mix of bench/search-queries.txt against two servers on one database, alternately, no answer cache.
# Usage: ab.sh <rounds> <seconds>; servers at 8480 (new) and 8580 (old) must be up.
set -euo pipefail
cd /work/main
rounds=${1:-3}; d=${2:-20}
export BENCH_PATHS=bench/search-queries.txt BENCH_PREFIX=/api/v1/catalog/products
for name in new old; do
  port=$([ $name = new ] && echo 8480 || echo 8580)
  grep -v '^#' bench/search-queries.txt | grep -v '^$' | while read -r q; do curl -s -o /dev/null --max-time 120 "http://127.0.0.1:$port/api/v1/catalog/products$q"; done
  wrk -t2 -c8 -d20s --timeout 5s -s bench/rotate.lua http://127.0.0.1:$port >/dev/null
done
for r in $(seq 1 "$rounds"); do
  for name in new old; do
    port=$([ $name = new ] && echo 8480 || echo 8580)
    echo "round=$r server=$name 1_client $(wrk -t1 -c1 -d${d}s --timeout 5s -s bench/rotate.lua http://127.0.0.1:$port | grep RESULT) load=$(cut -d' ' -f1 /proc/loadavg)"
    echo "round=$r server=$name 16_clients $(wrk -t2 -c16 -d${d}s --timeout 5s -s bench/rotate.lua http://127.0.0.1:$port | grep RESULT) load=$(cut -d' ' -f1 /proc/loadavg)"
  done
done
