package org.mercato.application.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mercato.application.accounts.port.out.PasswordHasher;
import org.mercato.application.catalog.port.out.SearchIndexPort;
import org.mercato.application.catalog.port.out.SoldOutSkuCache;
import org.mercato.application.common.ConflictException;
import org.mercato.application.setup.port.in.InitializeStoreUseCase.StoreInitialization;
import org.mercato.application.setup.port.out.DemoCatalog;
import org.mercato.application.setup.port.out.DemoDataPort;
import org.mercato.application.setup.service.DemoScale;
import org.mercato.application.setup.port.out.DemoShop;
import org.mercato.application.setup.service.DemoShopGenerator;
import org.mercato.application.setup.service.InitializeStoreService;
import org.mercato.domain.accounts.StaffRole;
import org.mercato.domain.catalog.Product;
import org.mercato.domain.catalog.Sku;

class InitializeStoreServiceTest {

    private final List<DemoShop> saved = new ArrayList<>();
    private boolean empty = true;
    private boolean embedded = true;
    private final DemoDataPort demoData = new DemoDataPort() {
        @Override
        public boolean isEmbeddedDatabase() {
            return embedded;
        }

        @Override
        public boolean storeIsEmpty() {
            return empty;
        }

        @Override
        public void save(DemoShop shop) {
            saved.add(shop);
            empty = false;
        }

        @Override
        public boolean supportsBulkLoad() {
            return !embedded;
        }

        @Override
        public void saveBulk(DemoShop shop, DemoCatalog catalog) {
            saved.add(shop);
            bulkCatalogs.add(catalog);
            empty = false;
        }
    };
    private final List<DemoCatalog> bulkCatalogs = new ArrayList<>();
    private final List<Runnable> backgroundTasks = new ArrayList<>();
    private long skusToIndex = 400;
    private boolean rebuildPending;
    private final PasswordHasher hasher = new PasswordHasher() {
        @Override
        public String hash(String rawPassword) {
            return "hash";
        }

        @Override
        public boolean matches(String rawPassword, String hash) {
            return false;
        }
    };

    private int indexedProducts;
    private int rebuilds;
    private int openings;
    private final SearchIndexPort searchIndex = new SearchIndexPort() {
        @Override
        public boolean isEmpty() {
            return indexedProducts == 0;
        }

        @Override
        public long skusToIndex() {
            return skusToIndex;
        }

        @Override
        public void open() {
            rebuildPending = false;
            openings++;
        }

        @Override
        public void markRebuildPending() {
            rebuildPending = true;
        }

        @Override
        public void markRebuildFailed() {
            rebuildPending = true;
        }

        @Override
        public long rebuild() {
            rebuildPending = false;
            rebuilds++;
            indexedProducts = saved.isEmpty() ? 0 : saved.get(0).products().size();
            return indexedProducts;
        }
    };
    private int soldOutInvalidations;
    private final SoldOutSkuCache soldOutSkus = new SoldOutSkuCache() {
        @Override
        public Lookup lookup() {
            return new Lookup(soldOutInvalidations, Optional.empty());
        }

        @Override
        public boolean store(long generation, org.mercato.application.catalog.port.out.AvailabilityOverlay overlay) {
            return false;
        }

        @Override
        public void invalidate() {
            soldOutInvalidations++;
        }
    };

    private InitializeStoreService service(String scale) {
        return service(scale, false);
    }

    private InitializeStoreService service(String scale, boolean rebuildIndex) {
        return new InitializeStoreService(() -> 3, demoData, hasher, searchIndex, soldOutSkus, backgroundTasks::add,
                scale, "demo-password", rebuildIndex, 100_000);
    }

    @Test
    void migrates_then_loads_the_demo_shop_only_into_an_empty_store() {
        StoreInitialization first = service("small").initialize();
        StoreInitialization second = service("small").initialize();
        assertThat(first.migrationsApplied()).isEqualTo(3);
        assertThat(first.demoDataLoaded()).isTrue();
        assertThat(second.demoDataLoaded()).isFalse();
        assertThat(saved).hasSize(1);
    }

    @Test
    void a_node_that_loses_the_race_to_load_the_demo_shop_starts_normally() {
        DemoDataPort raced = new DemoDataPort() {
            @Override
            public boolean isEmbeddedDatabase() {
                return true;
            }

            @Override
            public boolean storeIsEmpty() {
                return true;
            }

            @Override
            public void save(DemoShop shop) {
                throw new ConflictException("demo-data-present", "another node was first");
            }

            @Override
            public boolean supportsBulkLoad() {
                return true;
            }

            @Override
            public void saveBulk(DemoShop shop, DemoCatalog catalog) {
                throw new ConflictException("demo-data-present", "another node was first");
            }
        };
        StoreInitialization result = new InitializeStoreService(() -> 0, raced, hasher, searchIndex, soldOutSkus,
                Runnable::run, "small", "demo-password", false, 100_000).initialize();
        assertThat(result.demoDataLoaded()).isFalse();
    }

    @Test
    void loading_the_demo_shop_rebuilds_the_search_index_and_forgets_cached_sold_out_skus() {
        StoreInitialization first = service("small").initialize();
        assertThat(first.searchIndexRebuilt()).isTrue();
        assertThat(indexedProducts).isEqualTo(25);
        assertThat(soldOutInvalidations).isEqualTo(1);
        StoreInitialization second = service("small").initialize();
        assertThat(second.searchIndexRebuilt()).as("a filled index is kept").isFalse();
        assertThat(rebuilds).isEqualTo(1);
        assertThat(openings).as("and opened: this node reads the catalog into memory").isEqualTo(1);
    }

    @Test
    void an_empty_index_is_rebuilt_at_start_even_without_new_demo_data() {
        service("small").initialize();
        indexedProducts = 0;
        StoreInitialization restart = service("small").initialize();
        assertThat(restart.demoDataLoaded()).isFalse();
        assertThat(restart.searchIndexRebuilt()).isTrue();
        assertThat(indexedProducts).isEqualTo(25);
        assertThat(soldOutInvalidations).as("no stock was written").isEqualTo(1);
    }

    @Test
    void a_rebuild_can_be_asked_for_by_configuration() {
        service("small").initialize();
        assertThat(service("small", true).initialize().searchIndexRebuilt()).isTrue();
        assertThat(rebuilds).isEqualTo(2);
    }

    @Test
    void unconfigured_demo_data_goes_only_into_the_embedded_database() {
        embedded = false;
        assertThat(service("default").initialize().demoDataLoaded()).as("a production database starts empty").isFalse();
        embedded = true;
        assertThat(service("default").initialize().demoDataLoaded()).isTrue();
    }

    @Test
    void none_loads_nothing_and_a_misspelt_scale_stops_the_start() {
        assertThat(service("none").initialize().demoDataLoaded()).isFalse();
        assertThat(saved).isEmpty();
        assertThatThrownBy(() -> service("huge").initialize()).hasMessageContaining("mercato.demo-data");
    }

    @Test
    void the_full_scale_is_streamed_in_bulk_and_indexed_in_the_background() {
        embedded = false;
        skusToIndex = 8_000_000;
        StoreInitialization result = service("full").initialize();
        assertThat(result.inBackground()).isTrue();
        assertThat(bulkCatalogs).as("not during the deployment").isEmpty();
        assertThat(rebuildPending).isTrue();
        assertThat(backgroundTasks).hasSize(1);
        backgroundTasks.get(0).run();
        assertThat(bulkCatalogs).hasSize(1);
        assertThat(bulkCatalogs.get(0).productCount()).isEqualTo(16_000);
        assertThat(bulkCatalogs.get(0).skuCount()).isEqualTo(8_000_000);
        assertThat(saved.get(0).products()).as("the bulk part is streamed, not listed").isEmpty();
        assertThat(saved.get(0).manufacturers()).hasSize(80);
        assertThat(rebuilds).isEqualTo(1);
        assertThat(rebuildPending).isFalse();
        assertThat(soldOutInvalidations).isEqualTo(1);

        // A new node on the loaded database: its empty index is rebuilt in the background too.
        indexedProducts = 0;
        StoreInitialization newNode = service("full").initialize();
        assertThat(newNode.demoDataLoaded()).isFalse();
        assertThat(newNode.inBackground()).isTrue();
        assertThat(rebuildPending).isTrue();
        assertThat(backgroundTasks).hasSize(2);
        backgroundTasks.get(1).run();
        assertThat(rebuilds).isEqualTo(2);

        // A restart with its index kept: the catalog is read into memory in the background, not reindexed.
        indexedProducts = 16_000;
        StoreInitialization restart = service("full").initialize();
        assertThat(restart.searchIndexRebuilt()).isFalse();
        assertThat(restart.inBackground()).isTrue();
        assertThat(rebuildPending).isTrue();
        backgroundTasks.get(2).run();
        assertThat(openings).isEqualTo(1);
        assertThat(rebuilds).isEqualTo(2);
        assertThat(rebuildPending).isFalse();
    }

    @Test
    void the_full_scale_is_refused_on_the_embedded_database() {
        StoreInitialization result = service("full").initialize();
        assertThat(result.demoDataLoaded()).isFalse();
        assertThat(saved).isEmpty();
        assertThat(bulkCatalogs).isEmpty();
    }

    @Test
    void the_full_catalog_streams_500_skus_a_model_with_unique_codes() {
        DemoShopGenerator generator = new DemoShopGenerator(DemoScale.FULL);
        long[] count = {0};
        List<String> firstCodes = new ArrayList<>();
        RuntimeException stop = new RuntimeException("enough");
        try {
            generator.forEachProduct(p -> {
                assertThat(p.product().skus()).hasSize(500);
                assertThat(p.onHandBySkuAndWarehouse()).hasSize(1000);
                p.product().skus().forEach(s -> firstCodes.add(s.code().value()));
                if (++count[0] == 3) {
                    throw stop;
                }
            });
        } catch (RuntimeException e) {
            assertThat(e).isSameAs(stop);
        }
        assertThat(new HashSet<>(firstCodes)).hasSize(1500);
        assertThat(firstCodes.get(0)).isEqualTo("DOR-0001-80x200-S-14");
    }

    @Test
    void the_small_demo_shop_is_a_consistent_marketplace() {
        DemoShop shop = new DemoShopGenerator(DemoScale.SMALL).generate("demo-password", p -> "hash");
        assertThat(shop.manufacturers()).hasSize(5);
        assertThat(shop.products()).hasSize(25);
        List<Sku> skus = shop.products().stream().flatMap(p -> p.skus().stream()).toList();
        assertThat(skus).hasSize(400);
        Set<String> codes = new HashSet<>();
        skus.forEach(s -> assertThat(codes.add(s.code().value())).as("unique SKU %s", s.code()).isTrue());
        assertThat(shop.stock()).hasSize(skus.size() * shop.warehouses().size());
        assertThat(shop.stock()).anyMatch(s -> s.onHand() == 0).anyMatch(s -> s.onHand() > 0);
        // Every unit on hand is explained by a RECEIVED movement in the ledger.
        assertThat(shop.movements().stream().mapToInt(m -> m.delta()).sum())
                .isEqualTo(shop.stock().stream().mapToInt(s -> s.onHand()).sum());
        assertThat(shop.staff()).flatExtracting(u -> u.roles()).contains(StaffRole.values());
        assertThat(shop.staff()).anyMatch(u -> u.warehouseScope().isPresent());
        assertThat(shop.shoppers()).hasSize(1);
    }

    @Test
    void the_demo_shop_is_the_same_on_every_run() {
        DemoShop a = new DemoShopGenerator(DemoScale.SMALL).generate("x", p -> "hash");
        DemoShop b = new DemoShopGenerator(DemoScale.SMALL).generate("x", p -> "hash");
        assertThat(a.products()).extracting(Product::id).isEqualTo(b.products().stream().map(Product::id).toList());
        assertThat(a.stock()).isEqualTo(b.stock());
    }
}
