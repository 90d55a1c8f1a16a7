package org.mercato.adapters.out.persistence.setup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.logging.Logger;
import org.mercato.application.setup.port.out.DemoCatalog;
import org.mercato.application.setup.port.out.DemoCatalog.GeneratedProduct;
import org.mercato.domain.catalog.Product;
import org.mercato.domain.catalog.Sku;
import org.mercato.domain.inventory.Warehouse;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams a demo catalog of millions of rows into PostgreSQL with {@code COPY ... FROM STDIN}, one pass of
 * the generator a table, so no more than one product's rows are ever in the heap. The secondary indexes,
 * unique and foreign-key constraints of the bulk tables are dropped first and built once at the end (much
 * faster than maintaining them row by row), all in the caller's transaction: a failed load leaves nothing.
 * Durability settings are left alone. Progress (rows/s, percent, ETA) goes to the server log.
 */
final class DemoCatalogCopy {

    private static final Logger LOG = Logger.getLogger(DemoCatalogCopy.class.getName());
    private static final List<String> BULK_TABLES = List.of("sku", "stock", "stock_movement");
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final Connection connection;
    private final DemoCatalog catalog;
    private final List<Warehouse> warehouses;
    private final long totalRows;
    private final long started = System.nanoTime();
    private long rowsDone;
    private long lastLog = started;
    private long rowsAtLastLog;

    DemoCatalogCopy(Connection connection, DemoCatalog catalog, List<Warehouse> warehouses) {
        this.connection = connection;
        this.catalog = catalog;
        this.warehouses = warehouses;
        // product, 3 attributes each, SKUs, stock per warehouse, and about 5 in 6 stock rows with a movement
        long skus = catalog.skuCount();
        this.totalRows = catalog.productCount() * 4 + skus + skus * warehouses.size() * 11 / 6;
    }

    /** Loads products, attributes, SKUs, stock and the ledger; returns the last SKU and movement ids. */
    long[] load() throws SQLException, IOException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        execute("set local maintenance_work_mem = '512MB'");
        List<String> rebuild = dropSecondaryIndexesAndConstraints();

        StringBuilder attributes = new StringBuilder(1 << 20);
        copy(pg, "product (id, name, description, material, manufacturer_id, category_id, created_at)", (p, row) -> {
            Product product = p.product();
            row.uuid(product.id().value()).text(product.name()).text(product.description()).text(product.material())
                    .uuid(product.manufacturerId().value()).uuid(product.categoryId().value())
                    .text(DemoCatalog.EPOCH.plus(Duration.ofMinutes(p.number())).toString()).end();
            // 48,000 short rows at the full scale: kept as COPY text for the next statement.
            for (Map.Entry<String, String> a : product.attributes().entrySet()) {
                new Row(attributes).uuid(product.id().value()).text(a.getKey()).text(a.getValue()).end();
            }
        });
        copyText(pg, "product_attribute (product_id, attr_name, attr_value)", attributes);

        // SKU ids ascend in generation order, as the small shop's: reservations lock stock rows in id order.
        long[] skuId = {0};
        copy(pg, "sku (id, code, product_id, size_code, firmness, height_cm, price_amount, price_currency, sold_out)",
                (p, row) -> {
                    List<Sku> skus = p.product().skus();
                    for (int s = 0; s < skus.size(); s++) {
                        Sku sku = skus.get(s);
                        row.number(++skuId[0]).text(sku.code().value()).uuid(p.product().id().value())
                                .text(sku.size().toString()).text(sku.firmness().name()).number(sku.heightCm())
                                .number(sku.price().amount()).text(sku.price().currency()).bool(soldOut(p, s)).end();
                    }
                });
        long[] stockSku = {0};
        copy(pg, "stock (sku_id, warehouse_id, on_hand, reserved)", (p, row) -> {
            for (int s = 0; s < p.product().skus().size(); s++) {
                stockSku[0]++;
                for (int w = 0; w < warehouses.size(); w++) {
                    row.number(stockSku[0]).uuid(warehouses.get(w).id().value()).number(p.onHand(s, w)).number(0).end();
                }
            }
        });
        long[] movementSku = {0};
        long[] movementId = {0};
        String at = DemoCatalog.EPOCH.toString();
        copy(pg, "stock_movement (id, sku_id, warehouse_id, delta, reason, actor, reference, occurred_at)", (p, row) -> {
            for (int s = 0; s < p.product().skus().size(); s++) {
                movementSku[0]++;
                for (int w = 0; w < warehouses.size(); w++) {
                    int onHand = p.onHand(s, w);
                    if (onHand > 0) {
                        row.number(++movementId[0]).number(movementSku[0]).uuid(warehouses.get(w).id().value())
                                .number(onHand).text("RECEIVED").text(DemoCatalog.INITIAL_STOCK_ACTOR)
                                .text(DemoCatalog.INITIAL_STOCK_REFERENCE).text(at).end();
                    }
                }
            }
        });

        long indexing = System.nanoTime();
        for (String ddl : rebuild) {
            execute(ddl);
        }
        LOG.info(() -> "Demo catalog: rebuilt %d index(es) and constraint(s) in %d s."
                .formatted(rebuild.size(), (System.nanoTime() - indexing) / 1_000_000_000));
        long analyzing = System.nanoTime();
        // Fresh statistics, so that the first queries after the load get sensible plans.
        execute("analyze product, product_attribute, sku, stock, stock_movement");
        LOG.info(() -> "Demo catalog: analyzed the tables in %d s.".formatted((System.nanoTime() - analyzing) / 1_000_000_000));
        return new long[] {skuId[0], movementId[0]};
    }

    private static boolean soldOut(GeneratedProduct p, int sku) {
        for (int w = 0; w < p.warehouses(); w++) {
            if (p.onHand(sku, w) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Drops the foreign keys, unique constraints no foreign key depends on, and plain indexes of the bulk
     * tables, read from the catalog (so later migrations' indexes are covered too), and answers the
     * statements that recreate them. Primary keys stay: their keys arrive in ascending order, which costs little.
     */
    private List<String> dropSecondaryIndexesAndConstraints() throws SQLException {
        List<String> drop = new ArrayList<>();
        List<String> create = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        String tables = "'" + String.join("','", BULK_TABLES) + "'";
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("""
                        select c.conrelid::regclass::text, c.conname, c.contype, pg_get_constraintdef(c.oid)
                        from pg_constraint c
                        where c.conrelid::regclass::text in (%s) and c.contype in ('f', 'u')
                          and (c.contype = 'f' or not exists (select 1 from pg_constraint f
                                          where f.contype = 'f' and f.conindid = c.conindid))
                        order by c.contype desc, c.conname""".formatted(tables))) {
            while (r.next()) {
                String table = r.getString(1);
                String name = r.getString(2);
                drop.add("alter table " + table + " drop constraint " + name);
                String add = "alter table " + table + " add constraint " + name + " " + r.getString(4);
                ("f".equals(r.getString(3)) ? foreignKeys : create).add(add);
            }
        }
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("""
                        select i.indexname, i.indexdef from pg_indexes i
                        where i.schemaname = current_schema() and i.tablename in (%s)
                          and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
                        order by i.indexname""".formatted(tables))) {
            while (r.next()) {
                drop.add("drop index " + r.getString(1));
                create.add(r.getString(2));
            }
        }
        for (String ddl : drop) {
            execute(ddl);
        }
        create.addAll(foreignKeys);
        return create;
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private void copyText(PGConnection pg, String target, CharSequence rows) throws SQLException, IOException {
        try (OutputStream out = new PGCopyOutputStream(pg, "copy " + target + " from stdin", 1 << 16)) {
            out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** One pass of the generator into one table; {@code writer} appends the rows of one product. */
    private void copy(PGConnection pg, String target, BiConsumer<GeneratedProduct, Row> writer)
            throws SQLException, IOException {
        String table = target.substring(0, target.indexOf(' '));
        long tableStarted = System.nanoTime();
        long[] tableRows = {0};
        StringBuilder buffer = new StringBuilder(1 << 17);
        Row row = new Row(buffer);
        try (OutputStream out = new PGCopyOutputStream(pg, "copy " + target + " from stdin", 1 << 16)) {
            IOException[] failed = {null};
            catalog.forEachProduct(p -> {
                if (failed[0] != null) {
                    return;
                }
                writer.accept(p, row);
                if (buffer.length() > 1 << 16) {
                    try {
                        flush(out, buffer, row, tableRows, table);
                    } catch (IOException e) {
                        failed[0] = e;
                    }
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
            flush(out, buffer, row, tableRows, table);
        }
        LOG.info(() -> "Demo catalog: %,d rows into %s in %d s.".formatted(tableRows[0], table,
                (System.nanoTime() - tableStarted) / 1_000_000_000));
    }

    private void flush(OutputStream out, StringBuilder buffer, Row row, long[] tableRows, String table) throws IOException {
        out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
        buffer.setLength(0);
        tableRows[0] += row.rows;
        rowsDone += row.rows;
        row.rows = 0;
        long now = System.nanoTime();
        if (now - lastLog >= LOG_EVERY_NANOS) {
            double rate = (rowsDone - rowsAtLastLog) * 1e9 / (now - lastLog);
            double overallRate = rowsDone * 1e9 / (now - started);
            long remaining = Math.max(0, totalRows - rowsDone);
            long etaSeconds = overallRate > 0 ? (long) (remaining / overallRate) : -1;
            LOG.info("Demo catalog: %s, %,d of about %,d rows (%d%%), %,.0f rows/s, ETA %d min %02d s (before indexes)"
                    .formatted(table, rowsDone, totalRows, Math.min(100, rowsDone * 100 / totalRows), rate,
                            etaSeconds / 60, etaSeconds % 60));
            lastLog = now;
            rowsAtLastLog = rowsDone;
        }
    }

    /** Builds COPY text rows: tab-separated, with backslash escapes. */
    static final class Row {
        private final StringBuilder out;
        private boolean first = true;
        int rows;

        Row(StringBuilder out) {
            this.out = out;
        }

        Row text(String value) {
            separator();
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
            return this;
        }

        Row uuid(UUID value) {
            separator();
            out.append(value);
            return this;
        }

        Row number(long value) {
            separator();
            out.append(value);
            return this;
        }

        Row bool(boolean value) {
            separator();
            out.append(value ? 't' : 'f');
            return this;
        }

        void end() {
            out.append('\n');
            first = true;
            rows++;
        }

        private void separator() {
            if (!first) {
                out.append('\t');
            }
            first = false;
        }
    }
}
