package org.mercato.adapters.out.persistence.setup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.mercato.adapters.out.persistence.SqlStates;
import org.mercato.application.common.ConflictException;
import org.mercato.application.setup.port.out.DemoCatalog;
import org.mercato.application.setup.port.out.DemoDataPort;
import org.mercato.application.setup.port.out.DemoShop;
import org.mercato.domain.accounts.StaffRole;
import org.mercato.domain.catalog.Category;
import org.mercato.domain.catalog.Product;
import org.mercato.domain.catalog.Sku;
import org.mercato.domain.catalog.SkuCode;

/**
 * Writes a whole demo marketplace with JDBC batches in one transaction: thousands of rows in well
 * under a second, where entity-by-entity persisting would take many times longer.
 */
@ApplicationScoped
public class DemoDataJdbcAdapter implements DemoDataPort {

    @Resource(lookup = "java:jboss/datasources/MercatoDS")
    DataSource dataSource;

    @Override
    public boolean isEmbeddedDatabase() {
        try (Connection c = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot inspect the database", e);
        }
    }

    @Override
    @Transactional
    public boolean storeIsEmpty() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "select (select count(*) from manufacturer) + (select count(*) from staff_user)")) {
            r.next();
            return r.getLong(1) == 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot inspect the store", e);
        }
    }

    @Override
    @Transactional
    public void save(DemoShop shop) {
        try (Connection c = dataSource.getConnection()) {
            saveManufacturersAndCategories(c, shop);
            // One product a minute, in generation order: "newest first" lists the last generated first.
            Instant firstAdded = Instant.parse("2026-01-01T00:00:00Z");
            long[] productNumber = {0};
            batch(c, "insert into product (id, name, description, material, manufacturer_id, category_id, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?)", shop.products(), (ps, p) -> {
                ps.setObject(1, p.id().value());
                ps.setString(2, p.name());
                ps.setString(3, p.description());
                ps.setString(4, p.material());
                ps.setObject(5, p.manufacturerId().value());
                ps.setObject(6, p.categoryId().value());
                ps.setTimestamp(7, Timestamp.from(firstAdded.plus(Duration.ofMinutes(productNumber[0]++))));
            });
            List<Map.Entry<Product, Map.Entry<String, String>>> attributes = shop.products().stream()
                    .flatMap(p -> p.attributes().entrySet().stream().map(a -> Map.entry(p, a))).toList();
            batch(c, "insert into product_attribute (product_id, attr_name, attr_value) values (?, ?, ?)", attributes,
                    (ps, a) -> {
                        ps.setObject(1, a.getKey().id().value());
                        ps.setString(2, a.getValue().getKey());
                        ps.setString(3, a.getValue().getValue());
                    });

            // SKU ids ascend in code order; reservations lock stock rows in this order.
            Map<SkuCode, Long> skuIds = new HashMap<>();
            List<Map.Entry<Product, Sku>> skus = shop.products().stream()
                    .flatMap(p -> p.skus().stream().map(s -> Map.entry(p, s))).toList();
            skus.forEach(e -> skuIds.put(e.getValue().code(), (long) skuIds.size() + 1));
            java.util.Set<SkuCode> available = new java.util.HashSet<>();
            shop.stock().stream().filter(s -> s.available() > 0).forEach(s -> available.add(s.sku()));
            batch(c, "insert into sku (id, code, product_id, size_code, firmness, height_cm, price_amount, price_currency, sold_out)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)", skus, (ps, e) -> {
                Sku s = e.getValue();
                ps.setLong(1, skuIds.get(s.code()));
                ps.setString(2, s.code().value());
                ps.setObject(3, e.getKey().id().value());
                ps.setString(4, s.size().toString());
                ps.setString(5, s.firmness().name());
                ps.setInt(6, s.heightCm());
                ps.setLong(7, s.price().amount());
                ps.setString(8, s.price().currency());
                ps.setBoolean(9, !available.contains(s.code()));
            });
            restartSequence(c, "sku_seq", skuIds.size());

            saveWarehouses(c, shop);
            batch(c, "insert into stock (sku_id, warehouse_id, on_hand, reserved) values (?, ?, ?, ?)", shop.stock(),
                    (ps, s) -> {
                        ps.setLong(1, skuIds.get(s.sku()));
                        ps.setObject(2, s.warehouse().value());
                        ps.setInt(3, s.onHand());
                        ps.setInt(4, s.reserved());
                    });
            long[] movementId = {0};
            batch(c, "insert into stock_movement (id, sku_id, warehouse_id, delta, reason, actor, reference, occurred_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?)", shop.movements(), (ps, m) -> {
                ps.setLong(1, ++movementId[0]);
                ps.setLong(2, skuIds.get(m.sku()));
                ps.setObject(3, m.warehouse().value());
                ps.setInt(4, m.delta());
                ps.setString(5, m.reason().name());
                ps.setString(6, m.actor());
                ps.setString(7, m.reference());
                ps.setTimestamp(8, Timestamp.from(m.at()));
            });
            restartSequence(c, "stock_movement_seq", movementId[0]);

            saveStaffAndShoppers(c, shop);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    @Override
    public boolean supportsBulkLoad() {
        return !isEmbeddedDatabase();
    }

    /**
     * Outside any JTA transaction on purpose: the full load takes minutes, longer than the transaction
     * timeout, so it runs as one local transaction of its own on the connection.
     */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void saveBulk(DemoShop shop, DemoCatalog catalog) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                saveManufacturersAndCategories(c, shop);
                saveWarehouses(c, shop);
                long[] lastIds = new DemoCatalogCopy(c, catalog, shop.warehouses()).load();
                restartSequence(c, "sku_seq", lastIds[0]);
                restartSequence(c, "stock_movement_seq", lastIds[1]);
                saveStaffAndShoppers(c, shop);
                c.commit();
            } catch (SQLException | java.io.IOException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw translate(e);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot stream the demo catalog to the database", e);
        }
    }

    private static RuntimeException translate(SQLException e) {
        if (SqlStates.isUniqueViolation(e)) {
            // Another node starting at the same moment loaded the demo data first.
            return new ConflictException("demo-data-present", "the demo data was loaded by another node");
        }
        return new IllegalStateException("cannot load the demo data", e);
    }

    private static void saveManufacturersAndCategories(Connection c, DemoShop shop) throws SQLException {
        batch(c, "insert into manufacturer (id, name, country) values (?, ?, ?)", shop.manufacturers(), (ps, m) -> {
            ps.setObject(1, m.id().value());
            ps.setString(2, m.name());
            ps.setString(3, m.country());
        });
        List<Category> categories = shop.categories();
        batch(c, "insert into category (id, slug, name, sort_order) values (?, ?, ?, ?)", categories, (ps, cat) -> {
            ps.setObject(1, cat.id().value());
            ps.setString(2, cat.slug());
            ps.setString(3, cat.name());
            ps.setInt(4, categories.indexOf(cat));
        });
    }

    private static void saveWarehouses(Connection c, DemoShop shop) throws SQLException {
        batch(c, "insert into warehouse (id, code, name, city) values (?, ?, ?, ?)", shop.warehouses(), (ps, w) -> {
            ps.setObject(1, w.id().value());
            ps.setString(2, w.code());
            ps.setString(3, w.name());
            ps.setString(4, w.city());
        });
    }

    private static void saveStaffAndShoppers(Connection c, DemoShop shop) throws SQLException {
        {
            batch(c, "insert into staff_user (id, username, display_name, password_hash, active, warehouse_id)"
                    + " values (?, ?, ?, ?, ?, ?)", shop.staff(), (ps, u) -> {
                ps.setObject(1, u.id());
                ps.setString(2, u.username());
                ps.setString(3, u.displayName());
                ps.setString(4, u.passwordHash());
                ps.setBoolean(5, u.active());
                ps.setObject(6, u.warehouseScope().map(w -> w.value()).orElse(null));
            });
            List<Map.Entry<UUID, StaffRole>> roles = shop.staff().stream()
                    .flatMap(u -> u.roles().stream().map(r -> Map.entry(u.id(), r))).toList();
            batch(c, "insert into staff_user_role (staff_user_id, role) values (?, ?)", roles, (ps, r) -> {
                ps.setObject(1, r.getKey());
                ps.setString(2, r.getValue().name());
            });
            batch(c, "insert into shopper_account (id, email, email_normalized, password_hash, name, phone, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?)", shop.shoppers(), (ps, a) -> {
                ps.setObject(1, a.id());
                ps.setString(2, a.email().value());
                ps.setString(3, a.email().normalized());
                ps.setString(4, a.passwordHash());
                ps.setString(5, a.name());
                ps.setString(6, a.phone());
                ps.setTimestamp(7, Timestamp.from(a.createdAt()));
            });
        }
    }

    /** Moves a pooled (increment 50) sequence past ids assigned here, with a gap for safety. */
    private static void restartSequence(Connection c, String sequence, long lastUsedId) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("alter sequence " + sequence + " restart with " + (lastUsedId + 100));
        }
    }

    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    private static <T> void batch(Connection c, String sql, Collection<T> rows, Binder<T> binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int pending = 0;
            for (T row : rows) {
                binder.bind(ps, row);
                ps.addBatch();
                if (++pending == 500) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }
}
