#!/usr/bin/env bash
# Order placement and expiry benchmark (issue 5, item 7). One run:
#  1. fresh PostgreSQL database, server (copied to a temp dir) on it with the small demo data, -Xmx1g
#  2. N shoppers registered in parallel, default addresses, tokens in a file
#  3. stock by SQL: a hot SKU (10,000,000 on hand in one warehouse) and a spread set of SKUs
#  4. POST /api/v1/orders with wrk + bench/orders/place.lua, hot and spread, at each concurrency level
#  5. consistency check by SQL (no oversold stock, reserved = sum of reservations, orders = 201s)
#  6. pgbench ceiling of the same reservation SQL at the same client counts (server idle), ratio
#  7. expiry: 100,000 due unpaid orders inserted by SQL, time until the sweeper released them all
#  8. summary table (also written to $OUT/summary.txt)
#
#  7b. expiry across a crash: due orders, the server killed (-9) mid-sweep and started again; each order must
#      end EXPIRED exactly once (one history row, one event, its units back once)
# Usage: bench/orders.sh            (knobs: environment variables below)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
HERE=$ROOT/bench/orders

OFFSET=${OFFSET:-600}
HTTP="http://127.0.0.1:$((8080 + OFFSET))"
MGMT="http://127.0.0.1:$((9990 + OFFSET))"
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
SHOPPERS=${SHOPPERS:-64}
CONCURRENCY=${CONCURRENCY:-"16 64"}
DURATION=${DURATION:-25}          # seconds per measured wrk run
WARMUP=${WARMUP:-10}              # seconds of warm-up before each scenario
JIT_WARMUP=${JIT_WARMUP:-60}      # seconds of spread orders first, untimed: a cold JIT gives a fraction of the steady rate
WRK_THREADS=${WRK_THREADS:-2}
SPREAD_SKUS=${SPREAD_SKUS:-1000}
EXPIRY_ORDERS=${EXPIRY_ORDERS:-100000}
EXPIRY_BATCHES=${EXPIRY_BATCHES:-"2000"}   # one expiry run per value; the server is restarted for each further value
EXPIRY_TIMEOUT=${EXPIRY_TIMEOUT:-240}
CRASH_ORDERS=${CRASH_ORDERS:-20000}         # due orders for the crash check (kill -9 mid-sweep, restart); 0 skips it
DB_POOL_MAX=${DB_POOL_MAX:-}               # MERCATO_DB_POOL_MAX for the server; empty = the server's default (40)
EXTRA_JVM_ARGS=${EXTRA_JVM_ARGS:-}             # extra server arguments (-Dname=value)
SERVER_JVM_OPTS=${SERVER_JVM_OPTS:-}           # extra JVM options, e.g. -XX:StartFlightRecording=...
EAR=${EAR:-$ROOT/ear/target/mercato.ear}
SERVER_DIST=${SERVER_DIST:-$ROOT/ear/target/server}

STAMP=$(date +%Y%m%d-%H%M%S)
DB=bench_orders_$(date +%s)_$$
OUT=${OUT:-$ROOT/bench/orders/results/$STAMP}
WORK=$(mktemp -d /tmp/bench-orders.XXXXXX)
mkdir -p "$OUT"
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$OUT/run.log" >&2; }
psqlq() { psql -d "$DB" -v ON_ERROR_STOP=1 -qAt "$@"; }

# ---------------------------------------------------------------- tools
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v psql >/dev/null || need+=(postgresql-client)
command -v pgbench >/dev/null || need+=(postgresql-contrib)
command -v jq >/dev/null || need+=(jq)
command -v curl >/dev/null || need+=(curl)
command -v bc >/dev/null || need+=(bc)
if ((${#need[@]})); then
  log "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi
[ -f "$EAR" ] && [ -d "$SERVER_DIST" ] || { echo "build first: ./mvnw -q -DskipTests install ($EAR, $SERVER_DIST)" >&2; exit 1; }

# ---------------------------------------------------------------- cleanup
SERVER_PID=""; HEAP_PID=""
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    "$WORK/server/bin/jboss-cli.sh" --controller="127.0.0.1:$((9990 + OFFSET))" -c --command=shutdown >/dev/null 2>&1 || kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}
cleanup() {
  set +e
  [ -n "$HEAP_PID" ] && kill "$HEAP_PID" 2>/dev/null
  [ -f "$WORK/server/standalone/log/server.log" ] && cp "$WORK/server/standalone/log/server.log" "$OUT/server.log"
  stop_server
  [ -f "$WORK/server/standalone/log/server.log" ] && cp "$WORK/server/standalone/log/server.log" "$OUT/server.log"
  [ "${KEEP_DB:-}" = 1 ] || psql -d postgres -qc "drop database if exists $DB with (force)" >/dev/null 2>&1
  rm -rf "$WORK"
}
trap cleanup EXIT

# ---------------------------------------------------------------- machine
{
  echo "date: $(date -Is)"; echo "host: $(uname -srm)"; echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  free -g; echo "uptime: $(uptime)"; psql -d postgres -Atc 'select version()'
  echo "git: $(git -C "$ROOT" rev-parse --short HEAD) ($(git -C "$ROOT" rev-parse --abbrev-ref HEAD))"
  echo "config: SHOPPERS=$SHOPPERS CONCURRENCY='$CONCURRENCY' DURATION=$DURATION WARMUP=$WARMUP JIT_WARMUP=$JIT_WARMUP SPREAD_SKUS=$SPREAD_SKUS EXPIRY_ORDERS=$EXPIRY_ORDERS EXPIRY_BATCHES='$EXPIRY_BATCHES' DB_POOL_MAX=${DB_POOL_MAX:-default}"
} >"$OUT/machine.txt"
cat "$OUT/machine.txt" >&2

# ---------------------------------------------------------------- 1. database and server
pg_isready -q || { echo "PostgreSQL is not accepting connections at $PGHOST:$PGPORT" >&2; exit 1; }
psql -d postgres -v ON_ERROR_STOP=1 -qc "create database $DB"
log "database $DB (fsync=$(psql -d postgres -Atc 'show fsync'), synchronous_commit=$(psql -d postgres -Atc 'show synchronous_commit'))"
cp -r "$SERVER_DIST" "$WORK/server"
# A server that ran before (tests, -Prun) keeps its log, data and temp files under standalone/: start from none.
rm -rf "$WORK/server/standalone/data" "$WORK/server/standalone/log" "$WORK/server/standalone/tmp"
cp "$EAR" "$WORK/server/standalone/deployments/"

start_server() { # $1 = expiry batch size
  local batch=$1
  log "starting server (port offset $OFFSET, expiry every PT2S in batches of $batch)"
  env -u JAVA_OPTS MERCATO_DB_DRIVER=postgresql MERCATO_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    MERCATO_DB_USER=postgres MERCATO_DB_PASSWORD=postgres MERCATO_DEMO_DATA=small \
    ${DB_POOL_MAX:+MERCATO_DB_POOL_MAX=$DB_POOL_MAX} JBOSS_JAVA_SIZING="-Xms256m -Xmx1g $SERVER_JVM_OPTS" \
    "$WORK/server/bin/standalone.sh" -Djboss.socket.binding.port-offset="$OFFSET" \
    -Dmercato.cluster.name="bench-orders-$$" \
    -Dmercato.password.bcrypt-cost=10 \
    -Dmercato.rate-limit.registration-per-address.capacity=100000 \
    -Dmercato.rate-limit.sign-in-per-address.capacity=100000 \
    -Dmercato.rate-limit.order-placement-per-account.capacity=100000000 \
    -Dmercato.order.expiry.interval=PT2S -Dmercato.order.expiry.batch-size="$batch" \
    $EXTRA_JVM_ARGS >>"$OUT/server.out" 2>&1 &
  SERVER_PID=$!
  local t0=$SECONDS
  until curl -fsS "$MGMT/health/ready" >/dev/null 2>&1; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null || ((SECONDS - t0 > 300)); then
      echo "server did not become ready" >&2; tail -40 "$OUT/server.out" >&2; exit 1
    fi
    sleep 1
  done
  log "server ready after $((SECONDS - t0)) s"
  JAVA_PID=$(pgrep -P "$SERVER_PID" java | head -1 || true)
  [ -n "$JAVA_PID" ] || JAVA_PID=$(pgrep -f -- "-Djboss.home.dir=$WORK/server" | head -1 || true)
}

heap_sampler() { # peak heap used, sampled every 5 s from the management /metrics endpoint (a scrape also runs the backlog count)
  while true; do
    curl -fsS "$MGMT/metrics" 2>/dev/null | awk '/^jvm_memory_used_bytes\{.*area="heap"/ {s+=$NF} END {if (s>0) printf "%.0f\n", s}' >>"$OUT/heap.samples" || true
    sleep 5
  done
}

BATCH_LIST=($EXPIRY_BATCHES)
start_server "${BATCH_LIST[0]}"
heap_sampler & HEAP_PID=$!

# ---------------------------------------------------------------- 2. shoppers
log "registering $SHOPPERS shoppers"
register() {
  local i=$1 email="bench.orders.$1@example.test" pw="bench-password-$1" token
  curl -fsS -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$pw\",\"name\":\"Bench Shopper $i\"}" "$HTTP/api/v1/accounts" || { echo "register $i failed" >&2; return 1; }
  token=$(curl -fsS -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"$pw\"}" "$HTTP/api/v1/auth/token" | jq -r .access_token)
  curl -fsS -o /dev/null -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
    -d '{"line1":"Benchstrasse 1","city":"Berlin","postalCode":"10115","country":"DE","default":true}' "$HTTP/api/v1/me/addresses" || { echo "address $i failed" >&2; return 1; }
  echo "$token"
}
export -f register; export HTTP
t0=$SECONDS
seq 1 "$SHOPPERS" | xargs -P 16 -I{} bash -c 'register {}' >"$WORK/tokens.txt"
[ "$(grep -c . "$WORK/tokens.txt")" -eq "$SHOPPERS" ] || { echo "only $(grep -c . "$WORK/tokens.txt") of $SHOPPERS shoppers registered" >&2; exit 1; }
cp "$WORK/tokens.txt" "$OUT/tokens.txt"
log "shoppers ready in $((SECONDS - t0)) s (tokens in $OUT/tokens.txt, valid 1 h)"

# ---------------------------------------------------------------- 3. stock
# Bench SKUs get contiguous ids far above the demo's, so pgbench can pick a random one with \set.
HOT_ID=900000000; LO=$((HOT_ID + 1)); HI=$((HOT_ID + SPREAD_SKUS))
psqlq <<SQL
create table bench_orders_reservation (
    order_id uuid not null, sku_id bigint not null references sku (id), warehouse_id uuid not null references warehouse (id),
    quantity integer not null check (quantity > 0), primary key (order_id, sku_id, warehouse_id));
create index on bench_orders_reservation (sku_id, warehouse_id);
create temp view tmpl as select product_id, size_code, firmness, height_cm, price_amount, price_currency from sku order by id limit 1;
insert into sku (id, code, product_id, size_code, firmness, height_cm, price_amount, price_currency)
select $HOT_ID + g, case when g = 0 then 'BENCH-HOT' else 'BENCH-S' || lpad(g::text, 5, '0') end,
       product_id, size_code, firmness, height_cm, price_amount, price_currency
from tmpl, generate_series(0, $SPREAD_SKUS) g;
-- every bench SKU has a row in each warehouse; all its units are in the first one
insert into stock (sku_id, warehouse_id, on_hand, reserved)
select s, w.id, case when w.rn = 1 then (case when s = $HOT_ID then 10000000 else 1000000 end) else 0 end, 0
from generate_series($HOT_ID, $HI) s, (select id, row_number() over (order by id) rn from warehouse) w;
analyze sku; analyze stock;
SQL
WH=$(psqlq -c "select id from warehouse order by id limit 1")
echo BENCH-HOT >"$WORK/hot.txt"
psqlq -c "select code from sku where id between $LO and $HI order by id" >"$WORK/spread.txt"
log "stock: BENCH-HOT (id $HOT_ID) 10,000,000 on hand in warehouse $WH; $SPREAD_SKUS spread SKUs with 1,000,000 each"

# ---------------------------------------------------------------- 4. load
RESULTS=$OUT/wrk.results; : >"$RESULTS"
run_wrk() { # tag, sku file, connections, seconds
  local tag=$1 skus=$2 c=$3 d=$4 threads=$WRK_THREADS
  ((threads > c)) && threads=$c
  wrk -t"$threads" -c"$c" -d"${d}s" --timeout 10s -s "$HERE/place.lua" "$HTTP" -- "$WORK/tokens.txt" "$skus" "$tag-$STAMP" \
    >"$OUT/wrk-$tag.txt" 2>&1
  local line; line=$(grep '^RESULT' "$OUT/wrk-$tag.txt")
  echo "$line load=\"$(cut -d' ' -f1-3 /proc/loadavg)\"" >>"$RESULTS"
  log "$line"
}
log "JIT warm-up: $JIT_WARMUP s of spread orders at 16 buyers, not measured"
((JIT_WARMUP > 0)) && run_wrk "warmup-jit" "$WORK/spread.txt" 16 "$JIT_WARMUP"
for scenario in hot spread; do
  skus=$WORK/$scenario.txt
  run_wrk "warmup-$scenario" "$skus" 16 "$WARMUP"
  for c in $CONCURRENCY; do
    run_wrk "$scenario-c$c" "$skus" "$c" "$DURATION"
  done
done
sleep 2   # let in-flight requests of the last run finish

# ---------------------------------------------------------------- 5. consistency
total201=$(awk '{for(i=1;i<=NF;i++) if ($i ~ /^s201=/) {split($i,a,"="); s+=a[2]}} END {print s+0}' "$RESULTS")
# wrk stops with requests in flight (at most one per connection and run) and gives up on timed-out ones: their
# orders are committed but not counted as 201. So orders - 201s must lie in [0, connections of all runs + wrk errors].
errs=$(awk '{for(i=1;i<=NF;i++) if ($i ~ /^errors=/) {split($i,a,"="); s+=a[2]}} END {print s+0}' "$RESULTS")
conns=$((3 * 16 + errs)); for c in $CONCURRENCY; do conns=$((conns + 2 * c)); done
read -r oversold mismatched orders bench_orders_units <<<"$(psqlq -F' ' <<SQL
select (select count(*) from stock where reserved > on_hand),
       (select count(*) from stock s left join (select sku_id, warehouse_id, sum(quantity) q from stock_reservation group by 1, 2) r
          using (sku_id, warehouse_id) where s.reserved <> coalesce(r.q, 0)),
       (select count(*) from customer_order),
       (select coalesce(sum(reserved), 0) from stock where sku_id between $HOT_ID and $HI);
SQL
)"
diff=$((orders - total201))
if [ "$oversold" -eq 0 ] && [ "$mismatched" -eq 0 ] && [ "$diff" -ge 0 ] && [ "$diff" -le "$conns" ] && [ "$bench_orders_units" -eq "$orders" ]; then
  CONSISTENCY=PASS
else
  CONSISTENCY=FAIL
fi
log "consistency $CONSISTENCY: oversold rows=$oversold, rows with reserved<>sum(reservations)=$mismatched, orders=$orders, 201s seen by wrk=$total201 (orders without a 201 seen: $diff, allowed: in flight at wrk stops + timeouts <= $conns), units reserved on bench SKUs=$bench_orders_units"

# ---------------------------------------------------------------- 6. pgbench ceiling (server running, idle)
PGB=$OUT/pgbench.results; : >"$PGB"
# PostgreSQL is shared (max_connections): give the idle server's pooled connections back before pgbench, and use
# fewer clients than asked when not enough connections are free (the results record the client count used).
"$WORK/server/bin/jboss-cli.sh" --controller="127.0.0.1:$((9990 + OFFSET))" -c \
  --command="/subsystem=datasources/data-source=MercatoDS:flush-all-connection-in-pool" >/dev/null 2>&1 || true
for scenario in hot spread; do
  for asked in $CONCURRENCY; do
    c=$asked
    free=$(psql -d postgres -Atc "select current_setting('max_connections')::int - count(*) - 4 from pg_stat_activity")
    ((c > free)) && c=$free
    j=$((c < 2 ? c : 2))
    if [ $scenario = hot ]; then
      args=(-f "$HERE/reserve_hot.sql" -D hot=$HOT_ID -D wh=$WH)
    else
      args=(-f "$HERE/reserve_spread.sql" -D lo=$LO -D hi=$HI -D wh=$WH)
    fi
    f=$OUT/pgbench-$scenario-c$asked.txt
    pgbench -n -M prepared -c "$c" -j "$j" -T "$DURATION" -P 5 "${args[@]}" "$DB" >"$f" 2>&1 || log "pgbench failed: $(tail -1 "$f")"
    tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$f" | tail -1); tps=${tps:-0}
    lat=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$f")
    echo "PGBENCH tag=$scenario-c$asked clients=$c tps=$tps avg_ms=${lat:-?} load=\"$(cut -d' ' -f1-3 /proc/loadavg)\"" >>"$PGB"
    log "pgbench $scenario c=$c (asked $asked): $tps tps (avg ${lat:-?} ms)"
  done
done
# undo pgbench's reservations so that stock.reserved again equals the sum of stock_reservation
psqlq <<'SQL'
update stock s set reserved = s.reserved - r.q
from (select sku_id, warehouse_id, count(*) q from bench_orders_reservation group by 1, 2) r
where s.sku_id = r.sku_id and s.warehouse_id = r.warehouse_id;
truncate bench_orders_reservation;
SQL

# ---------------------------------------------------------------- 7. expiry
EXP=$OUT/expiry.results; : >"$EXP"
ACCOUNT=$(psqlq -c "select id from shopper_account where email like 'bench.orders.%' order by email limit 1")
insert_due_orders() { # $1 = how many; unpaid orders on the spread SKUs, expired an hour ago, with their reservations
  psqlq <<SQL
begin;
create temp table due on commit drop as
  select gen_random_uuid() id, $LO + (g % $SPREAD_SKUS) sku_id, g from generate_series(1, $1) g;
insert into customer_order (id, account_id, status, payment_status, fulfillment_status, currency, items_total, shipping_total, total,
    ship_recipient, ship_line1, ship_city, ship_postal_code, ship_country, placed_at, expires_at, version)
select d.id, '$ACCOUNT', 'PENDING_PAYMENT', 'AWAITING_PAYMENT', 'UNFULFILLED', s.price_currency, s.price_amount, 0, s.price_amount,
    'Bench Shopper', 'Benchstrasse 1', 'Berlin', '10115', 'DE', now() - interval '2 hours', now() - interval '1 hour' + d.g * interval '1 microsecond', 0
from due d join sku s on s.id = d.sku_id;
insert into order_line (order_id, line_no, sku_code, product_id, product_name, size_code, firmness, height_cm, quantity, unit_price)
select d.id, 1, s.code, s.product_id, p.name, s.size_code, s.firmness, s.height_cm, 1, s.price_amount
from due d join sku s on s.id = d.sku_id join product p on p.id = s.product_id;
insert into stock_reservation (order_id, sku_id, warehouse_id, quantity) select id, sku_id, '$WH', 1 from due;
update stock st set reserved = st.reserved + c.n from (select sku_id, count(*) n from due group by 1) c
where st.sku_id = c.sku_id and st.warehouse_id = '$WH';
commit;
SQL
}
first=1
for batch in "${BATCH_LIST[@]}"; do
  if [ $first = 0 ]; then
    stop_server; start_server "$batch"
  fi
  first=0
  before=$(psqlq -c "select coalesce(sum(reserved), 0) from stock where sku_id between $LO and $HI")
  expired_before=$(psqlq -c "select count(*) from customer_order where status = 'EXPIRED'")
  log "expiry (batch $batch): inserting $EXPIRY_ORDERS due unpaid orders on the spread SKUs"
  insert_due_orders "$EXPIRY_ORDERS"
  t0=$(date +%s.%N)
  log "expiry: $EXPIRY_ORDERS orders committed; waiting for the sweeper"
  done_at=""
  while :; do
    n=$(psqlq -c "select count(*) from customer_order where status = 'EXPIRED'")
    n=$((n - expired_before))
    now=$(date +%s.%N)
    if [ "$n" -ge "$EXPIRY_ORDERS" ]; then done_at=$now; break; fi
    if (( $(echo "$now - $t0 > $EXPIRY_TIMEOUT" | bc) )); then break; fi
    sleep 0.5
  done
  if [ -n "$done_at" ]; then
    secs=$(echo "scale=1; ($done_at - $t0) / 1" | bc); rate=$(echo "scale=0; $EXPIRY_ORDERS / $secs" | bc)
  else # not done in time: how far it got, and the time to release all at that rate
    rate=$(echo "scale=0; $n / ($now - $t0)" | bc)
    secs="timeout>${EXPIRY_TIMEOUT}(released:$n,est_total:$( [ "$rate" -gt 0 ] && echo $((EXPIRY_ORDERS / rate)) || echo '?'))"
  fi
  after=$(psqlq -c "select coalesce(sum(reserved), 0) from stock where sku_id between $LO and $HI")
  left=$(psqlq -c "select count(*) from stock_reservation r join customer_order o on o.id = r.order_id where o.status = 'EXPIRED'")
  mism=$(psqlq -c "select count(*) from stock s left join (select sku_id, warehouse_id, sum(quantity) q from stock_reservation group by 1, 2) r using (sku_id, warehouse_id) where s.reserved <> coalesce(r.q, 0)")
  if [ "$after" -eq "$before" ] && [ "$left" -eq 0 ] && [ "$mism" -eq 0 ] && [ -n "$done_at" ]; then ok=PASS; else ok=FAIL; fi
  echo "EXPIRY batch=$batch orders=$EXPIRY_ORDERS seconds=$secs orders_per_s=$rate released=$ok reserved_before=$before reserved_after=$after reservations_left=$left mismatched_rows=$mism load=\"$(cut -d' ' -f1-3 /proc/loadavg)\"" >>"$EXP"
  log "$(tail -1 "$EXP")"
  grep 'Expired [0-9]* unpaid' "$WORK/server/standalone/log/server.log" | tail -3 >&2 || true
done

# ---------------------------------------------------------------- 7b. expiry across a crash
# Issue 5: "restarting the server mid-sweep loses and doubles nothing". The JVM is killed (-9) while the sweeper
# is releasing due orders, started again, and afterwards every order must be EXPIRED exactly once: one history row,
# one OrderExpired event, its units back exactly once.
if ((CRASH_ORDERS > 0)); then
  before=$(psqlq -c "select coalesce(sum(reserved), 0) from stock where sku_id between $LO and $HI")
  expired_before=$(psqlq -c "select count(*) from customer_order where status = 'EXPIRED'")
  log "expiry across a crash: inserting $CRASH_ORDERS due orders, killing the server once a tenth is swept"
  insert_due_orders "$CRASH_ORDERS"
  t0=$SECONDS; at_kill=0
  while ((SECONDS - t0 < EXPIRY_TIMEOUT)); do
    at_kill=$(( $(psqlq -c "select count(*) from customer_order where status = 'EXPIRED'") - expired_before ))
    ((at_kill >= CRASH_ORDERS / 10)) && break
    sleep 0.2
  done
  kill -9 "$JAVA_PID" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
  SERVER_PID=""
  log "killed the server (kill -9) with $at_kill of $CRASH_ORDERS expired; starting it again"
  start_server "${BATCH_LIST[-1]}"
  t0=$SECONDS; n=0
  while ((SECONDS - t0 < EXPIRY_TIMEOUT)); do
    n=$(( $(psqlq -c "select count(*) from customer_order where status = 'EXPIRED'") - expired_before ))
    ((n >= CRASH_ORDERS)) && break
    sleep 0.5
  done
  read -r twice_history no_history twice_event events after left mism <<<"$(psqlq -F' ' <<SQL
select (select count(*) from (select order_id from order_status_change where to_status = 'EXPIRED' group by 1 having count(*) > 1) x),
       (select count(*) from customer_order o where o.status = 'EXPIRED'
          and not exists (select 1 from order_status_change h where h.order_id = o.id and h.to_status = 'EXPIRED')),
       (select count(*) from (select aggregate_id from outbox_event where event_type = 'OrderExpired' group by 1 having count(*) > 1) x),
       (select count(*) from outbox_event where event_type = 'OrderExpired'),
       (select coalesce(sum(reserved), 0) from stock where sku_id between $LO and $HI),
       (select count(*) from stock_reservation r join customer_order o on o.id = r.order_id where o.status = 'EXPIRED'),
       (select count(*) from stock s left join (select sku_id, warehouse_id, sum(quantity) q from stock_reservation group by 1, 2) r
          using (sku_id, warehouse_id) where s.reserved <> coalesce(r.q, 0));
SQL
)"
  total_expired=$(psqlq -c "select count(*) from customer_order where status = 'EXPIRED'")
  if [ "$n" -eq "$CRASH_ORDERS" ] && [ "$twice_history" -eq 0 ] && [ "$no_history" -eq 0 ] && [ "$twice_event" -eq 0 ] \
     && [ "$events" -eq "$total_expired" ] && [ "$after" -eq "$before" ] && [ "$left" -eq 0 ] && [ "$mism" -eq 0 ]; then ok=PASS; else ok=FAIL; fi
  echo "CRASH orders=$CRASH_ORDERS expired_at_kill=$at_kill expired_after_restart=$n result=$ok expired_twice=$twice_history without_history=$no_history events_twice=$twice_event events=$events expired_total=$total_expired reserved_before=$before reserved_after=$after reservations_left=$left mismatched_rows=$mism" >>"$EXP"
  log "$(tail -1 "$EXP")"
fi

kill "$HEAP_PID" 2>/dev/null || true; HEAP_PID=""
PEAK_HEAP=$(awk '$1>m {m=$1} END {printf "%.0f", m/1048576}' "$OUT/heap.samples" 2>/dev/null || echo "?")

# ---------------------------------------------------------------- 8. summary
field() { sed -n "s/.*[[:space:]]$1=\([^ ]*\).*/\1/p" <<<"$2"; }
{
  echo "Order placement and expiry benchmark, $(date -Is), $(nproc) cores, load at start: $(sed -n 's/^uptime: .*load average: //p' "$OUT/machine.txt")"
  printf '%-8s %5s %10s %8s %8s %8s %6s %12s %7s %s\n' scenario conc orders/s p50_ms p95_ms p99_ms non201 'pgbench_tps(c)' ratio 'load(1/5/15)' 
  for scenario in hot spread; do
    for c in $CONCURRENCY; do
      l=$(grep "tag=$scenario-c$c-" "$RESULTS"); p=$(grep "tag=$scenario-c$c " "$PGB")
      s201=$(field s201 "$l"); dur=$(field duration_s "$l")
      rate=$(echo "scale=1; $s201 / $dur" | bc)
      non=$(( $(field s409 "$l") + $(field s429 "$l") + $(field s5xx "$l") + $(field other "$l") + $(field errors "$l") ))
      tps=$(field tps "$p"); ratio=n/a; [ "${tps%.*}" -gt 0 ] 2>/dev/null && ratio=$(echo "scale=2; $rate / $tps" | bc)
      pgc=$(field clients "$p")
      printf '%-8s %5s %10s %8s %8s %8s %6s %12s %7s %s\n' "$scenario" "$c" "$rate" "$(field p50_ms "$l")" "$(field p95_ms "$l")" \
        "$(field p99_ms "$l")" "$non" "$(printf '%.1f' "$tps")($pgc)" "$ratio" "$(sed -n 's/.*load="\([^"]*\)".*/\1/p' <<<"$l")"
    done
  done
  echo "consistency after load: $CONSISTENCY (oversold rows $oversold, reserved<>sum(reservations) rows $mismatched, orders $orders, 201s $total201)"
  while read -r l; do
    echo "expiry: $(field orders "$l") orders, batch $(field batch "$l"): $(field seconds "$l") s ($(field orders_per_s "$l") orders/s), released $(field released "$l") (reserved before $(field reserved_before "$l"), after $(field reserved_after "$l"), reservations left $(field reservations_left "$l"))"
  done < <(grep '^EXPIRY' "$EXP")
  while read -r l; do
    echo "expiry across a crash: $(field orders "$l") due orders, server killed (-9) at $(field expired_at_kill "$l") expired, restarted: $(field result "$l") (expired twice $(field expired_twice "$l"), without history $(field without_history "$l"), events twice $(field events_twice "$l"), reserved before $(field reserved_before "$l") after $(field reserved_after "$l"), reservations left $(field reservations_left "$l"))"
  done < <(grep '^CRASH' "$EXP")
  echo "peak heap used: ${PEAK_HEAP} MiB (-Xmx1g; $(wc -l <"$OUT/heap.samples") samples)"
  echo "raw results: $OUT"
} | tee "$OUT/summary.txt"
