package org.mercato.application.catalog;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mercato.application.accounts.port.out.LoadStaffUserPort;
import org.mercato.application.catalog.port.in.ProductDetail;
import org.mercato.application.catalog.port.in.ProductEditorView.EditableSku;
import org.mercato.application.catalog.port.out.LoadProductListPort;
import org.mercato.application.catalog.port.out.ProductDetailCache;
import org.mercato.application.catalog.port.out.ProductEditingPort;
import org.mercato.application.storage.port.out.ObjectContent;
import org.mercato.application.storage.port.out.ObjectKey;
import org.mercato.application.storage.port.out.ObjectStorage;
import org.mercato.application.storage.port.out.ObjectStorageException;
import org.mercato.application.storage.service.PublicObjectUrls;
import org.mercato.domain.accounts.SignInLockout;
import org.mercato.domain.accounts.StaffRole;
import org.mercato.domain.accounts.StaffUser;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.shared.Money;

/** In-memory stand-ins for every out-port the product editor's use cases drive, and one demo product. */
final class ProductEditorFixture {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};

    final ProductId product = new ProductId(UUID.randomUUID());
    final ProductId otherProduct = new ProductId(UUID.randomUUID());
    final Products products = new Products();
    final InMemoryProductImages images = new InMemoryProductImages();
    final InMemoryObjectStorage storage = new InMemoryObjectStorage();
    final RecordingPages pages = new RecordingPages();
    final PublicObjectUrls urls = new PublicObjectUrls(Optional.empty());
    final Map<String, StaffUser> staffUsers = new HashMap<>();

    final LoadStaffUserPort staff = new LoadStaffUserPort() {
        @Override
        public Optional<StaffUser> findByUsername(String username) {
            return Optional.ofNullable(staffUsers.get(username));
        }

        @Override
        public void saveSignInState(UUID staffUserId, SignInLockout.State state) {
            throw new AssertionError("not used");
        }
    };

    ProductEditorFixture() {
        addStaff("warehouse", true, StaffRole.WAREHOUSE);
        addStaff("admin", true, StaffRole.ADMIN);
        addStaff("courier", true, StaffRole.COURIER);
        addStaff("former.clerk", false, StaffRole.WAREHOUSE);
        products.add(product, "Dormio Aurora", Map.of("zones", "5", "cover", "fixed knitted cover"),
                sku("DOR-0001-90x200-M-18", 49_900), sku("DOR-0001-160x200-M-18", 79_900));
        products.add(otherProduct, "Dormio Borea", Map.of(), sku("DOR-0002-90x200-F-20", 59_900));
    }

    private void addStaff(String username, boolean active, StaffRole role) {
        staffUsers.put(username, new StaffUser(UUID.randomUUID(), username, username, "hash", Set.of(role), Optional.empty(),
                active));
    }

    static EditableSku sku(String code, long cents) {
        return new EditableSku(code, code.split("-")[2], "MEDIUM", 18, Money.of(cents, "EUR"));
    }

    static ByteArrayInputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** An image of exactly {@code size} bytes that starts like a PNG. */
    static byte[] pngOfSize(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(PNG, 0, bytes, 0, Math.min(PNG.length, size));
        return bytes;
    }

    /** Products in a map; the lock is only counted, since the fakes run in one thread. */
    static final class Products implements ProductEditingPort, LoadProductListPort {
        final Map<ProductId, ProductForEditing> rows = new LinkedHashMap<>();
        final List<ProductId> locked = new ArrayList<>();

        void add(ProductId id, String name, Map<String, String> attributes, EditableSku... skus) {
            rows.put(id, new ProductForEditing(id, name, "A mattress.", "foam", "Dormio", "Latex", attributes, List.of(skus)));
        }

        ProductForEditing get(ProductId id) {
            return rows.get(id);
        }

        @Override
        public Optional<ProductForEditing> loadForEditing(ProductId id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public boolean lockProduct(ProductId id) {
            locked.add(id);
            return rows.containsKey(id);
        }

        @Override
        public boolean updateDetails(ProductId id, String name, String description, String material,
                Map<String, String> attributes) {
            ProductForEditing p = rows.get(id);
            if (p == null) {
                return false;
            }
            rows.put(id, new ProductForEditing(id, name, description, material, p.manufacturer(), p.category(), attributes,
                    p.skus()));
            return true;
        }

        @Override
        public void changePrices(ProductId id, Map<SkuCode, Money> prices) {
            ProductForEditing p = rows.get(id);
            List<EditableSku> skus = p.skus().stream()
                    .map(s -> {
                        Money price = prices.get(new SkuCode(s.sku()));
                        return price == null ? s : new EditableSku(s.sku(), s.size(), s.firmness(), s.heightCm(), price);
                    })
                    .toList();
            rows.put(id, new ProductForEditing(id, p.name(), p.description(), p.material(), p.manufacturer(), p.category(),
                    p.attributes(), skus));
        }

        @Override
        public ProductListSlice loadProductList(String nameContains, int page, int size) {
            List<ProductListEntry> matches = rows.values().stream()
                    .filter(p -> nameContains == null || p.name().toLowerCase().contains(nameContains.toLowerCase()))
                    .map(p -> new ProductListEntry(p.id(), p.name(), p.manufacturer(), p.category(), p.skus().size(),
                            p.skus().stream().map(EditableSku::price).min(Money::compareTo).orElseThrow(), 0, null))
                    .toList();
            return new ProductListSlice(matches.stream().skip((long) page * size).limit(size).toList(), matches.size());
        }
    }

    /** Objects in a map; {@code failing} makes every call fail as an unreachable store would. */
    static final class InMemoryObjectStorage implements ObjectStorage {
        final Map<ObjectKey, byte[]> objects = new LinkedHashMap<>();
        final Map<ObjectKey, String> contentTypes = new HashMap<>();
        boolean failing;

        @Override
        public void put(ObjectKey key, ObjectContent content) {
            failIfAsked();
            objects.put(key, content.readAllBytes());
            contentTypes.put(key, content.contentType());
        }

        @Override
        public Optional<ObjectContent> get(ObjectKey key) {
            failIfAsked();
            byte[] bytes = objects.get(key);
            return bytes == null ? Optional.empty() : Optional.of(ObjectContent.of(bytes, contentTypes.get(key)));
        }

        @Override
        public void delete(ObjectKey key) {
            failIfAsked();
            objects.remove(key);
            contentTypes.remove(key);
        }

        private void failIfAsked() {
            if (failing) {
                throw new ObjectStorageException("the store is down");
            }
        }
    }

    static final class RecordingPages implements ProductDetailCache {
        final List<ProductId> evicted = new ArrayList<>();

        @Override
        public Optional<ProductDetail> find(ProductId id) {
            return Optional.empty();
        }

        @Override
        public void store(ProductDetail detail) {
            throw new AssertionError("editing never fills the cache");
        }

        @Override
        public void evict(ProductId id) {
            evicted.add(id);
        }
    }
}
