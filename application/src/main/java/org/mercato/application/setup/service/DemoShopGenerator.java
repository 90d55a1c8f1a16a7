package org.mercato.application.setup.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.mercato.application.setup.port.out.DemoCatalog;
import org.mercato.application.setup.port.out.DemoShop;
import org.mercato.domain.accounts.EmailAddress;
import org.mercato.domain.accounts.ShopperAccount;
import org.mercato.domain.accounts.StaffRole;
import org.mercato.domain.accounts.StaffUser;
import org.mercato.domain.catalog.Category;
import org.mercato.domain.catalog.CategoryId;
import org.mercato.domain.catalog.Firmness;
import org.mercato.domain.catalog.Manufacturer;
import org.mercato.domain.catalog.ManufacturerId;
import org.mercato.domain.catalog.MattressSize;
import org.mercato.domain.catalog.Product;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.Sku;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.inventory.MovementReason;
import org.mercato.domain.inventory.StockLevel;
import org.mercato.domain.inventory.StockMovement;
import org.mercato.domain.inventory.Warehouse;
import org.mercato.domain.inventory.WarehouseId;
import org.mercato.domain.shared.Money;

/**
 * Builds the mattress marketplace of the design documents, deterministically: the same scale gives
 * the same ids, names, prices and stock on every run, so demos and tests can rely on them.
 */
public final class DemoShopGenerator implements DemoCatalog {

    /** The demo staff usernames, one per role plus a clerk scoped to the first warehouse. */
    public static final String WAREHOUSE_USER = "warehouse";
    public static final String SCOPED_CLERK_USER = "clerk.berlin";
    public static final String COURIER_USER = "courier";
    public static final String MANAGER_USER = "manager";
    public static final String ADMIN_USER = "admin";
    public static final String DEMO_SHOPPER_EMAIL = "shopper@mercato.example";

    private static final String CURRENCY = "EUR";
    private static final String[][] MANUFACTURERS = {
        {"Dormio", "IT"}, {"Nordsleep", "SE"}, {"Schlafwerk", "DE"}, {"Lune & Co", "FR"}, {"Somnia", "ES"},
        {"Kuusi", "FI"}, {"Bedcraft", "GB"}, {"Polar Rest", "NO"}};
    private static final String[][] CATEGORIES = {
        {"memory-foam", "Memory foam", "memory foam"}, {"pocket-spring", "Pocket spring", "pocket springs"},
        {"latex", "Latex", "natural latex"}, {"hybrid", "Hybrid", "pocket springs and foam"},
        {"childrens", "Children's", "cold foam"}};
    private static final String[] MODEL_NAMES = {
        "Aurora", "Fjord", "Cloud", "Harbor", "Meadow", "Summit", "Velvet", "Lagoon", "Ember", "Willow",
        "Zephyr", "Cascade", "Orchid", "Tundra", "Sierra", "Nimbus", "Coral", "Juniper", "Solstice", "Haven"};
    private static final MattressSize[] SIZES = {
        new MattressSize(90, 200), new MattressSize(140, 200), new MattressSize(160, 200), new MattressSize(180, 200)};
    private static final int[] HEIGHTS = {18, 24};
    private static final MattressSize[] FULL_SIZES = {
        new MattressSize(80, 200), new MattressSize(90, 190), new MattressSize(90, 200), new MattressSize(100, 200),
        new MattressSize(120, 200), new MattressSize(140, 190), new MattressSize(140, 200), new MattressSize(160, 200),
        new MattressSize(180, 200), new MattressSize(200, 200)};
    private static final int[] FULL_HEIGHTS = {14, 16, 18, 20, 22, 24, 26, 28, 30, 32};

    private final DemoScale scale;

    public DemoShopGenerator(DemoScale scale) {
        this.scale = scale;
    }

    /** Builds the whole shop in memory; for the scales that fit in it (not {@link DemoScale#isBulk()}). */
    public DemoShop generate(String demoPassword, UnaryOperator<String> hashPassword) {
        DemoShop shop = generateWithoutCatalog(demoPassword, hashPassword);
        List<Product> products = new ArrayList<>();
        List<StockLevel> stock = new ArrayList<>();
        List<StockMovement> movements = new ArrayList<>();
        List<Warehouse> warehouses = shop.warehouses();
        forEachProduct(generated -> {
            Product product = generated.product();
            products.add(product);
            for (int s = 0; s < product.skus().size(); s++) {
                Sku sku = product.skus().get(s);
                for (int w = 0; w < warehouses.size(); w++) {
                    int onHand = generated.onHand(s, w);
                    stock.add(StockLevel.received(sku.code(), warehouses.get(w).id(), onHand));
                    if (onHand > 0) {
                        movements.add(new StockMovement(sku.code(), warehouses.get(w).id(), onHand, MovementReason.RECEIVED,
                                INITIAL_STOCK_ACTOR, INITIAL_STOCK_REFERENCE, EPOCH));
                    }
                }
            }
        });
        return new DemoShop(shop.manufacturers(), shop.categories(), products, shop.warehouses(), stock, movements,
                shop.staff(), shop.shoppers());
    }

    /**
     * Everything but products, stock and movements (all lists small): what the bulk path saves with plain
     * statements before streaming the catalog from {@link #forEachProduct}.
     */
    public DemoShop generateWithoutCatalog(String demoPassword, UnaryOperator<String> hashPassword) {
        List<Manufacturer> manufacturers = manufacturers();
        List<Category> categories = new ArrayList<>();
        for (int c = 0; c < CATEGORIES.length; c++) {
            categories.add(new Category(new CategoryId(uuid("category", c)), CATEGORIES[c][0], CATEGORIES[c][1]));
        }
        List<Warehouse> warehouses = warehouses();
        String hash = hashPassword.apply(demoPassword);
        WarehouseId berlin = warehouses.get(0).id();
        List<StaffUser> staff = List.of(
                staff(0, WAREHOUSE_USER, "Wanda Warehouse", hash, EnumSet.of(StaffRole.WAREHOUSE), Optional.empty()),
                staff(1, SCOPED_CLERK_USER, "Bernd Berlin", hash, EnumSet.of(StaffRole.WAREHOUSE), Optional.of(berlin)),
                staff(2, COURIER_USER, "Carla Courier", hash, EnumSet.of(StaffRole.COURIER), Optional.empty()),
                staff(3, MANAGER_USER, "Mario Manager", hash, EnumSet.of(StaffRole.DELIVERY_MANAGER), Optional.empty()),
                staff(4, ADMIN_USER, "Ada Admin", hash, EnumSet.allOf(StaffRole.class), Optional.empty()));
        List<ShopperAccount> shoppers = List.of(new ShopperAccount(uuid("shopper", 0),
                new EmailAddress(DEMO_SHOPPER_EMAIL), hash, "Sam Shopper", "+49 30 1234567", EPOCH));
        return new DemoShop(manufacturers, categories, List.of(), warehouses, List.of(), List.of(), staff, shoppers);
    }

    @Override
    public long productCount() {
        return scale.models();
    }

    @Override
    public long skuCount() {
        return (long) scale.models() * skuDimensions().count();
    }

    /**
     * Generates the products one by one, in order, each with its stock, without keeping any: the full
     * scale's 8 million SKUs never sit in the heap together. Every call yields the same sequence.
     */
    @Override
    public void forEachProduct(Consumer<GeneratedProduct> sink) {
        // One random sequence for the whole catalog, drawn in this exact order: the small shop's stock and
        // attributes must stay what they have always been (tests depend on them).
        Random random = new Random(20260101L);
        List<Manufacturer> manufacturers = manufacturers();
        int warehouses = warehouses().size();
        SkuDimensions dimensions = skuDimensions();
        int modelNumber = 0;
        for (int m = 0; m < manufacturers.size(); m++) {
            Manufacturer maker = manufacturers.get(m);
            for (int k = 0; k < scale.modelsPerManufacturer(); k++, modelNumber++) {
                int c = modelNumber % CATEGORIES.length;
                CategoryId category = new CategoryId(uuid("category", c));
                Product product = product(maker, category, CATEGORIES[c][0], CATEGORIES[c][2], modelNumber, dimensions, random);
                int[] onHand = new int[product.skus().size() * warehouses];
                for (int i = 0; i < onHand.length; i++) {
                    // About one SKU in six is sold out in a warehouse, as in a real shop.
                    onHand[i] = random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(40);
                }
                sink.accept(new GeneratedProduct(modelNumber, product, onHand, warehouses));
            }
        }
    }

    private List<Manufacturer> manufacturers() {
        List<Manufacturer> manufacturers = new ArrayList<>();
        for (int m = 0; m < scale.manufacturers(); m++) {
            String[] spec = MANUFACTURERS[m % MANUFACTURERS.length];
            String name = m < MANUFACTURERS.length ? spec[0] : spec[0] + " " + (m / MANUFACTURERS.length + 1);
            manufacturers.add(new Manufacturer(new ManufacturerId(uuid("manufacturer", m)), name, spec[1]));
        }
        return manufacturers;
    }

    private static List<Warehouse> warehouses() {
        return List.of(
                new Warehouse(new WarehouseId(uuid("warehouse", 0)), "BER-1", "Berlin Central", "Berlin"),
                new Warehouse(new WarehouseId(uuid("warehouse", 1)), "MIL-1", "Milano Nord", "Milano"));
    }

    /** Sizes x firmnesses x heights of each model: 16 in the small shop, 500 in the full one. */
    private record SkuDimensions(MattressSize[] sizes, boolean allFirmnesses, int[] heights) {
        int count() {
            return sizes.length * (allFirmnesses ? Firmness.values().length : 2) * heights.length;
        }
    }

    private SkuDimensions skuDimensions() {
        return scale == DemoScale.FULL
                ? new SkuDimensions(FULL_SIZES, true, FULL_HEIGHTS)
                : new SkuDimensions(SIZES, false, HEIGHTS);
    }

    private Product product(Manufacturer maker, CategoryId category, String categorySlug, String material, int modelNumber,
            SkuDimensions dimensions, Random random) {
        String model = MODEL_NAMES[modelNumber % MODEL_NAMES.length];
        String prefix = maker.name().replaceAll("[^A-Za-z]", "").substring(0, 3).toUpperCase(java.util.Locale.ROOT);
        Firmness[] firmnesses = dimensions.allFirmnesses()
                ? Firmness.values()
                : new Firmness[] {Firmness.values()[modelNumber % 3], Firmness.values()[2 + modelNumber % 3]};
        long basePrice = 19_900 + 5_000L * (modelNumber % 7) + 10_000L * (categorySlug.equals("latex") ? 1 : 0);
        String model4 = String.format("%04d", modelNumber + 1);
        List<Sku> skus = new ArrayList<>(dimensions.count());
        for (MattressSize size : dimensions.sizes()) {
            String sizeText = size.toString();
            for (Firmness firmness : firmnesses) {
                String abbreviation = abbreviation(firmness);
                for (int height : dimensions.heights()) {
                    // Concatenation, not String.format: it runs 8 million times at the full scale.
                    String code = prefix + '-' + model4 + '-' + sizeText + '-' + abbreviation + '-' + height;
                    long price = basePrice + size.widthCm() * 150L + (height - 18) * 1_000L;
                    skus.add(new Sku(new SkuCode(code), size, firmness, height, Money.of(price - price % 100 + 99 - 100, CURRENCY)));
                }
            }
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("cover", random.nextBoolean() ? "removable, washable at 60 °C" : "fixed knitted cover");
        attributes.put("zones", String.valueOf(3 + random.nextInt(5)));
        attributes.put("warrantyYears", String.valueOf(5 + 5 * random.nextInt(3)));
        String name = maker.name() + " " + model;
        String description = "The " + name + " is a " + material + " mattress from " + maker.name()
                + ", made for restful nights in every sleeping position.";
        return new Product(new ProductId(uuid("product", modelNumber)), name, description, material,
                maker.id(), category, attributes, skus);
    }

    private static StaffUser staff(int n, String username, String name, String hash, Set<StaffRole> roles,
            Optional<WarehouseId> scope) {
        return new StaffUser(uuid("staff", n), username, name, hash, roles, scope, true);
    }

    private static String abbreviation(Firmness firmness) {
        return switch (firmness) {
            case SOFT -> "S";
            case MEDIUM_SOFT -> "MS";
            case MEDIUM -> "M";
            case MEDIUM_FIRM -> "MF";
            case FIRM -> "F";
        };
    }

    /** Stable ids: the n-th product of the demo shop has the same id on every machine. */
    static UUID uuid(String kind, int n) {
        return UUID.nameUUIDFromBytes(("mercato-demo:" + kind + ":" + n).getBytes(StandardCharsets.UTF_8));
    }
}
