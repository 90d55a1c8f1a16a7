package org.mercato.application.imports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mercato.application.imports.port.in.ImportJob.LineError;
import org.mercato.application.imports.port.out.CatalogFeedColumns;
import org.mercato.application.imports.port.out.CatalogFeedStore;
import org.mercato.application.imports.port.out.FeedRecord;
import org.mercato.domain.catalog.Category;
import org.mercato.domain.catalog.CategoryId;
import org.mercato.domain.catalog.Manufacturer;
import org.mercato.domain.catalog.ManufacturerId;
import org.mercato.domain.catalog.Product;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.Sku;

/**
 * Imports one line of a catalog feed in a transaction of its own, so that one bad line never undoes the
 * others. The upserts are idempotent: manufacturer by name, category by slug, product by manufacturer and
 * name, SKU by code; a line that matches the catalog changes nothing and is UNCHANGED. A separate bean
 * from {@link CatalogFeedJobRunner} so the container starts the transaction for each call.
 */
@ApplicationScoped
public class CatalogFeedLineService {

    public enum Status { CREATED, UPDATED, UNCHANGED, FAILED }

    /** {@code product} is set when the line changed it; {@code listsChanged} when a catalog list may show something new. */
    public record Outcome(Status status, ProductId product, boolean listsChanged, List<LineError> errors) {
        static Outcome failed(List<LineError> errors) {
            return new Outcome(Status.FAILED, null, false, errors);
        }
    }

    private CatalogFeedStore catalog;

    protected CatalogFeedLineService() {
        // for CDI client proxies
    }

    @Inject
    public CatalogFeedLineService(CatalogFeedStore catalog) {
        this.catalog = catalog;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome apply(FeedRecord record) {
        CatalogFeedLine.Checked checked = CatalogFeedLine.check(record);
        if (!checked.isValid()) {
            return Outcome.failed(checked.errors());
        }
        CatalogFeedLine line = checked.line();
        List<LineError> errors = new ArrayList<>();
        boolean listsChanged = false;

        Optional<Manufacturer> knownManufacturer = catalog.manufacturerNamed(line.manufacturer());
        Manufacturer manufacturer;
        if (knownManufacturer.isEmpty()) {
            if (line.manufacturerCountry() == null) {
                return Outcome.failed(List.of(new LineError(line.line(), CatalogFeedColumns.MANUFACTURER_COUNTRY,
                        "is required for a new manufacturer")));
            }
            manufacturer = new Manufacturer(new ManufacturerId(UUID.randomUUID()), line.manufacturer(), line.manufacturerCountry());
            catalog.saveManufacturer(manufacturer);
            listsChanged = true;
        } else if (line.manufacturerCountry() != null && !line.manufacturerCountry().equals(knownManufacturer.get().country())) {
            manufacturer = new Manufacturer(knownManufacturer.get().id(), knownManufacturer.get().name(), line.manufacturerCountry());
            catalog.saveManufacturer(manufacturer);
            listsChanged = true;
        } else {
            manufacturer = knownManufacturer.get();
        }

        Optional<Category> knownCategory = catalog.categoryWithSlug(line.categorySlug());
        Category category;
        if (knownCategory.isEmpty()) {
            category = new Category(new CategoryId(UUID.randomUUID()), line.categorySlug(),
                    line.categoryName() != null ? line.categoryName() : nameOf(line.categorySlug()));
            catalog.saveCategory(category);
            listsChanged = true;
        } else if (line.categoryName() != null && !line.categoryName().equals(knownCategory.get().name())) {
            category = new Category(knownCategory.get().id(), knownCategory.get().slug(), line.categoryName());
            catalog.saveCategory(category);
            listsChanged = true;
        } else {
            category = knownCategory.get();
        }

        Optional<Product> known = catalog.productNamed(manufacturer.id(), line.productName());
        Optional<ProductId> owner = catalog.productOfSku(line.sku().code());
        if (owner.isPresent() && (known.isEmpty() || !owner.get().equals(known.get().id()))) {
            errors.add(new LineError(line.line(), CatalogFeedColumns.SKU, "SKU " + line.sku().code()
                    + " belongs to another product; a SKU never moves between products"));
        }
        if (known.isEmpty()) {
            if (line.description() == null) {
                errors.add(new LineError(line.line(), CatalogFeedColumns.DESCRIPTION, "is required for a new product"));
            }
            if (line.material() == null) {
                errors.add(new LineError(line.line(), CatalogFeedColumns.MATERIAL, "is required for a new product"));
            }
        }
        if (!errors.isEmpty()) {
            // Nothing may stay behind from a failed line, such as a manufacturer made for it.
            throw new LineRefused(errors);
        }

        Product wanted;
        Status status;
        if (known.isEmpty()) {
            wanted = new Product(new ProductId(UUID.randomUUID()), line.productName(), line.description(), line.material(),
                    manufacturer.id(), category.id(), line.attributes(), List.of(line.sku()));
            status = Status.CREATED;
            listsChanged = true;
        } else {
            Product current = known.get();
            Map<String, String> attributes = new HashMap<>(current.attributes());
            attributes.putAll(line.attributes());
            List<Sku> skus = new ArrayList<>(current.skus());
            int index = indexOf(skus, line.sku());
            if (index < 0) {
                skus.add(line.sku());
            } else {
                skus.set(index, line.sku());
            }
            try {
                wanted = new Product(current.id(), current.name(),
                        line.description() != null ? line.description() : current.description(),
                        line.material() != null ? line.material() : current.material(),
                        manufacturer.id(), category.id(), attributes, skus);
            } catch (IllegalArgumentException e) {
                throw new LineRefused(List.of(new LineError(line.line(), CatalogFeedColumns.CURRENCY,
                        "every SKU of a product has the same currency; " + current.name() + " is priced in "
                                + current.skus().get(0).price().currency())));
            }
            if (wanted.equals(current)) {
                return new Outcome(listsChanged ? Status.UPDATED : Status.UNCHANGED, null, listsChanged, List.of());
            }
            status = index < 0 ? Status.CREATED : Status.UPDATED;
            listsChanged |= !current.categoryId().equals(category.id());
        }
        catalog.saveProduct(wanted);
        return new Outcome(status, wanted.id(), listsChanged, List.of());
    }

    private static int indexOf(List<Sku> skus, Sku sku) {
        for (int i = 0; i < skus.size(); i++) {
            if (skus.get(i).code().equals(sku.code())) {
                return i;
            }
        }
        return -1;
    }

    /** "memory-foam" becomes "Memory foam". */
    static String nameOf(String slug) {
        String words = Arrays.stream(slug.split("-")).collect(Collectors.joining(" "));
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /**
     * Refuses a line after something was already written for it; thrown out of the transactional method
     * so that the container rolls the line back, and caught by the runner, which reports the errors.
     */
    public static final class LineRefused extends RuntimeException {
        private final transient List<LineError> errors;

        LineRefused(List<LineError> errors) {
            super(errors.get(0).message(), null, false, false);
            this.errors = List.copyOf(errors);
        }

        public List<LineError> errors() {
            return errors;
        }
    }
}
