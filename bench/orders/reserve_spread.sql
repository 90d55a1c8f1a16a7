-- pgbench -f: the same reservation on a random SKU of the spread set (contiguous ids :lo..:hi, stock in warehouse :wh).
\set sku random(:lo, :hi)
BEGIN;
SELECT on_hand, reserved FROM stock WHERE sku_id = :sku AND warehouse_id = :wh FOR NO KEY UPDATE;
UPDATE stock SET reserved = reserved + 1 WHERE sku_id = :sku AND warehouse_id = :wh;
INSERT INTO bench_orders_reservation (order_id, sku_id, warehouse_id, quantity) VALUES (gen_random_uuid(), :sku, :wh, 1);
COMMIT;
