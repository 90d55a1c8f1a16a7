-- pgbench -f: the database's own ceiling for one reservation on the hot SKU's stock row
-- (the leanest SQL with the effect of POST /orders' reservation step). Variables: -D hot=<sku id> -D wh=<warehouse uuid>
BEGIN;
SELECT on_hand, reserved FROM stock WHERE sku_id = :hot AND warehouse_id = :wh FOR NO KEY UPDATE;
UPDATE stock SET reserved = reserved + 1 WHERE sku_id = :hot AND warehouse_id = :wh;
INSERT INTO bench_orders_reservation (order_id, sku_id, warehouse_id, quantity) VALUES (gen_random_uuid(), :hot, :wh, 1);
COMMIT;
