package org.mercato.adapters.out.persistence.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.logging.Logger;
import org.mercato.adapters.out.persistence.SqlValues;
import org.mercato.application.catalog.port.in.ProductDetail.CategoryRef;
import org.mercato.application.catalog.port.in.ProductDetail.ManufacturerRef;
import org.mercato.domain.catalog.CategoryId;
import org.mercato.domain.catalog.Firmness;
import org.mercato.domain.catalog.ManufacturerId;
import org.mercato.domain.catalog.MattressSize;

/**
 * Reads products and their SKUs for a {@link CatalogSnapshot} with plain JDBC on the caller's connection:
 * the whole catalog in one pass over {@code sku} (8 million rows at the full demo scale, streamed), or some
 * products by id. Dictionary ordinals of an earlier snapshot are kept, new values are appended.
 */
final class CatalogSnapshotReader {

    private static final Logger LOG = Logger.getLogger(CatalogSnapshotReader.class.getName());

    private static final String PRODUCTS = "select id, name, manufacturer_id, category_id, created_at, units_sold from product";
    private static final String SKUS = "select product_id, id, size_code, firmness, price_amount, price_currency, sold_out from sku";
    private static final int FETCH_SIZE = 10_000;
    private static final int IDS_PER_QUERY = 200;

    private final Connection connection;
    private final List<MattressSize> sizes;
    private final Map<MattressSize, Integer> sizeOrdinals;
    /** Size codes as the database spells them, to skip parsing 8 million of them. */
    private final Map<String, Integer> sizeCodes = new HashMap<>();
    private final List<String> currencies;
    private final List<ManufacturerRef> manufacturers = new ArrayList<>();
    private final Map<UUID, Integer> manufacturerOrdinals;
    private final List<CategoryRef> categories = new ArrayList<>();
    private final Map<String, Integer> categoryOrdinalsBySlug = new HashMap<>();
    private final Map<UUID, Integer> categoryOrdinals = new HashMap<>();

    CatalogSnapshotReader(Connection connection, CatalogSnapshot.Dictionaries earlier) throws SQLException {
        this.connection = connection;
        this.sizes = new ArrayList<>(earlier.sizes());
        this.sizeOrdinals = new HashMap<>(earlier.sizeOrdinals());
        this.currencies = new ArrayList<>(earlier.currencies());
        this.manufacturerOrdinals = new HashMap<>(earlier.manufacturerOrdinals());
        readManufacturersAndCategories(earlier);
    }

    CatalogSnapshot.Dictionaries dictionaries() {
        return new CatalogSnapshot.Dictionaries(List.copyOf(sizes), Map.copyOf(sizeOrdinals), List.copyOf(currencies),
                List.copyOf(manufacturers), Map.copyOf(manufacturerOrdinals), List.copyOf(categories),
                Map.copyOf(categoryOrdinalsBySlug));
    }

    /** Every product with its SKUs; {@code progress} hears the SKU rows read so far, every 500,000. */
    Collection<CatalogSnapshot.Product> readAll(LongConsumer progress) throws SQLException {
        Map<UUID, ProductRow> rows = readProducts(PRODUCTS, List.of());
        Map<UUID, ProductSkus.Builder> skus = new HashMap<>(rows.size() * 2);
        rows.keySet().forEach(id -> skus.put(id, new ProductSkus.Builder()));
        boolean autoCommit = connection.getAutoCommit();
        try (PreparedStatement statement = connection.prepareStatement(SKUS)) {
            // PostgreSQL streams with a fetch size only inside a transaction.
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = statement.executeQuery()) {
                long read = 0;
                while (rs.next()) {
                    ProductSkus.Builder builder = skus.get(SqlValues.uuid(rs.getObject(1)));
                    if (builder != null) { // a product inserted after the product rows were read comes with its next refresh
                        addSku(builder, rs);
                    }
                    if (++read % 500_000 == 0) {
                        progress.accept(read);
                    }
                }
            }
        } finally {
            if (autoCommit) {
                connection.setAutoCommit(true);
            }
        }
        List<CatalogSnapshot.Product> products = new ArrayList<>(rows.size());
        // Each builder is dropped once built: the growable arrays of 8 million SKUs need not outlive their copy.
        rows.values().forEach(row -> products.add(row.with(skus.remove(row.id()).build())));
        return products;
    }

    /** The products of these ids that still exist, with their SKUs. */
    List<CatalogSnapshot.Product> read(Collection<UUID> ids) throws SQLException {
        List<CatalogSnapshot.Product> products = new ArrayList<>();
        List<UUID> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            List<UUID> some = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
            String in = String.join(", ", Collections.nCopies(some.size(), "?"));
            Map<UUID, ProductRow> rows = readProducts(PRODUCTS + " where id in (" + in + ")", some);
            Map<UUID, ProductSkus.Builder> skus = new HashMap<>();
            rows.keySet().forEach(id -> skus.put(id, new ProductSkus.Builder()));
            try (PreparedStatement statement = connection.prepareStatement(SKUS + " where product_id in (" + in + ")")) {
                bind(statement, some);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        ProductSkus.Builder builder = skus.get(SqlValues.uuid(rs.getObject(1)));
                        if (builder != null) {
                            addSku(builder, rs);
                        }
                    }
                }
            }
            rows.values().forEach(row -> products.add(row.with(skus.get(row.id()).build())));
        }
        return products;
    }

    private record ProductRow(UUID id, String name, int manufacturer, int category, long createdAtMicros, long unitsSold) {
        CatalogSnapshot.Product with(ProductSkus skus) {
            return new CatalogSnapshot.Product(id, name, manufacturer, category, createdAtMicros, unitsSold, skus);
        }
    }

    private Map<UUID, ProductRow> readProducts(String sql, List<UUID> ids) throws SQLException {
        Map<UUID, ProductRow> rows = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, ids);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    UUID id = SqlValues.uuid(rs.getObject(1));
                    Integer manufacturer = manufacturerOrdinals.get(SqlValues.uuid(rs.getObject(3)));
                    Integer category = categoryOrdinals.get(SqlValues.uuid(rs.getObject(4)));
                    if (manufacturer == null || category == null) {
                        continue; // written after the dictionaries were read: its next refresh brings it
                    }
                    Timestamp created = rs.getTimestamp(5);
                    long micros = created.getTime() / 1000 * 1_000_000 + created.getNanos() / 1000;
                    rows.put(id, new ProductRow(id, rs.getString(2), manufacturer, category, micros, rs.getLong(6)));
                }
            }
        }
        return rows;
    }

    private void addSku(ProductSkus.Builder builder, ResultSet rs) throws SQLException {
        int size = sizeOrdinal(rs.getString(3));
        if (size < 0) {
            return;
        }
        builder.add(rs.getLong(2), size, Firmness.valueOf(rs.getString(4)).ordinal(),
                rs.getLong(5), currencyOrdinal(rs.getString(6).trim()), rs.getBoolean(7));
    }

    /** The ordinal of a size code; -1 for a code that is no mattress size (written around Mercato): not searchable. */
    private int sizeOrdinal(String code) {
        Integer known = sizeCodes.get(code);
        if (known != null) {
            return known;
        }
        Optional<MattressSize> parsed = MattressSize.parse(code);
        if (parsed.isEmpty()) {
            LOG.warning(() -> "A SKU has the size code '%s', which is no mattress size: search leaves it out.".formatted(code));
            sizeCodes.put(code, -1);
            return -1;
        }
        MattressSize size = parsed.get();
        Integer ordinal = sizeOrdinals.get(size);
        if (ordinal == null) {
            if (sizes.size() == Short.MAX_VALUE) {
                throw new IllegalStateException("more than " + Short.MAX_VALUE + " mattress sizes");
            }
            ordinal = sizes.size();
            sizes.add(size);
            sizeOrdinals.put(size, ordinal);
        }
        sizeCodes.put(code, ordinal);
        return ordinal;
    }

    private int currencyOrdinal(String currency) {
        int ordinal = currencies.indexOf(currency);
        if (ordinal < 0) {
            if (currencies.size() == Byte.MAX_VALUE) {
                throw new IllegalStateException("more than " + Byte.MAX_VALUE + " currencies");
            }
            ordinal = currencies.size();
            currencies.add(currency);
        }
        return ordinal;
    }

    /** Manufacturers and categories keep their ordinals; names and slugs are read anew (they may have changed). */
    private void readManufacturersAndCategories(CatalogSnapshot.Dictionaries earlier) throws SQLException {
        manufacturers.addAll(earlier.manufacturers());
        try (PreparedStatement statement = connection.prepareStatement("select id, name from manufacturer");
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                UUID id = SqlValues.uuid(rs.getObject(1));
                ManufacturerRef ref = new ManufacturerRef(new ManufacturerId(id), rs.getString(2));
                Integer ordinal = manufacturerOrdinals.get(id);
                if (ordinal == null) {
                    manufacturerOrdinals.put(id, manufacturers.size());
                    manufacturers.add(ref);
                } else {
                    manufacturers.set(ordinal, ref);
                }
            }
        }
        categories.addAll(earlier.categories());
        for (int i = 0; i < categories.size(); i++) {
            categoryOrdinals.put(categories.get(i).id().value(), i);
        }
        try (PreparedStatement statement = connection.prepareStatement("select id, slug, name from category");
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                UUID id = SqlValues.uuid(rs.getObject(1));
                CategoryRef ref = new CategoryRef(new CategoryId(id), rs.getString(2), rs.getString(3));
                Integer ordinal = categoryOrdinals.get(id);
                if (ordinal == null) {
                    ordinal = categories.size();
                    categoryOrdinals.put(id, ordinal);
                    categories.add(ref);
                } else {
                    categories.set(ordinal, ref);
                }
            }
        }
        for (int i = 0; i < categories.size(); i++) {
            categoryOrdinalsBySlug.put(categories.get(i).slug(), i);
        }
    }

    private static void bind(PreparedStatement statement, List<UUID> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            statement.setObject(i + 1, ids.get(i));
        }
    }
}
