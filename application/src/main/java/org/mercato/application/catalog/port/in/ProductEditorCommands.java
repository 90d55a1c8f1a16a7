package org.mercato.application.catalog.port.in;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.mercato.application.common.Violations;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.catalog.SkuCode;

/**
 * The commands of the product editor. Each checks itself against the catalog's column limits, so use
 * cases and the database only ever see well-formed input; field names match the editor's fields
 * ({@code attributes[2].value}, {@code prices[0].amount}).
 */
public final class ProductEditorCommands {

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_MATERIAL = 120;
    public static final int MAX_ATTRIBUTES = 30;
    public static final int MAX_ATTRIBUTE_NAME = 60;
    public static final int MAX_ATTRIBUTE_VALUE = 400;
    /** Ten million in major units of a two-decimal currency: far above any mattress, far below overflow in totals. */
    public static final long MAX_PRICE_MINOR_UNITS = 1_000_000_000L;

    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9 _-]*");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    // Line breaks and tabs belong in a description; other control characters never do.
    private static final Pattern CONTROL_EXCEPT_LINE_BREAKS = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private ProductEditorCommands() {
    }

    static boolean isCurrency(String code) {
        if (code == null || !CURRENCY.matcher(code).matches()) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** New name, description, material and the complete set of attributes (replacing the old ones). */
    public record UpdateProductDetails(ProductId productId, String name, String description, String material,
            List<ProductEditorView.Attribute> attributes) {
        public UpdateProductDetails {
            Objects.requireNonNull(productId, "productId");
            name = name == null ? "" : name.strip();
            description = description == null ? "" : description.strip();
            material = material == null ? "" : material.strip();
            attributes = attributes == null ? List.of() : attributes.stream()
                    .map(a -> a == null ? new ProductEditorView.Attribute("", "")
                            : new ProductEditorView.Attribute(stripped(a.name()), stripped(a.value())))
                    .toList();
            Violations v = new Violations()
                    .check(!name.isEmpty() && name.length() <= MAX_NAME && !CONTROL.matcher(name).find(),
                            "name", "must be 1 to " + MAX_NAME + " characters on one line")
                    .check(description.length() <= MAX_DESCRIPTION && !CONTROL_EXCEPT_LINE_BREAKS.matcher(description).find(),
                            "description", "must be at most " + MAX_DESCRIPTION + " characters of text")
                    .check(!material.isEmpty() && material.length() <= MAX_MATERIAL && !CONTROL.matcher(material).find(),
                            "material", "must be 1 to " + MAX_MATERIAL + " characters on one line")
                    .check(attributes.size() <= MAX_ATTRIBUTES, "attributes", "must be at most " + MAX_ATTRIBUTES);
            Set<String> names = new HashSet<>();
            for (int i = 0; i < attributes.size(); i++) {
                ProductEditorView.Attribute attribute = attributes.get(i);
                String field = "attributes[" + i + "]";
                v.check(attribute.name().length() <= MAX_ATTRIBUTE_NAME && ATTRIBUTE_NAME.matcher(attribute.name()).matches(),
                                field + ".name", "must be 1 to " + MAX_ATTRIBUTE_NAME
                                        + " letters, digits, spaces, '_' or '-', starting with a letter")
                        .check(names.add(attribute.name().toLowerCase(Locale.ROOT)), field + ".name", "appears twice")
                        .check(!attribute.value().isEmpty() && attribute.value().length() <= MAX_ATTRIBUTE_VALUE
                                && !CONTROL.matcher(attribute.value()).find(),
                                field + ".value", "must be 1 to " + MAX_ATTRIBUTE_VALUE + " characters on one line");
            }
            v.throwIfAny();
        }

        private static String stripped(String text) {
            return text == null ? "" : text.strip();
        }
    }

    /** A new price for one SKU, in minor units of an ISO 4217 currency. */
    public record SkuPrice(String sku, long amount, String currency) {
    }

    /** New prices for some SKUs of one product: each SKU once, each price positive, all in one currency. */
    public record ChangeSkuPrices(ProductId productId, List<SkuPrice> prices) {
        public ChangeSkuPrices {
            Objects.requireNonNull(productId, "productId");
            prices = prices == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(prices));
            Violations v = new Violations().check(!prices.isEmpty(), "prices", "must name at least one SKU");
            Set<String> seen = new HashSet<>();
            Set<String> currencies = new HashSet<>();
            for (int i = 0; i < prices.size(); i++) {
                SkuPrice price = prices.get(i);
                String field = "prices[" + i + "]";
                boolean validCurrency = price != null && isCurrency(price.currency());
                v.check(price != null && SkuCode.isValid(price.sku()), field + ".sku", "must be a SKU code")
                        .check(price == null || seen.add(price.sku()), field + ".sku", "appears twice")
                        .check(price != null && price.amount() > 0 && price.amount() <= MAX_PRICE_MINOR_UNITS,
                                field + ".amount", "must be positive and at most " + MAX_PRICE_MINOR_UNITS + " minor units")
                        .check(validCurrency, field + ".currency", "must be an ISO 4217 currency code such as EUR");
                if (validCurrency) {
                    currencies.add(price.currency());
                }
            }
            v.check(currencies.size() <= 1, "currency", "all prices of a product must be in one currency");
            v.throwIfAny();
        }
    }

    /**
     * An image as it arrives: the bytes, and what the browser declared (name, media type, size; the size
     * is -1 when unknown). Only the bytes decide whether it is an image and of which type.
     */
    public record UploadProductImage(ProductId productId, String fileName, String declaredType, long declaredSize,
            InputStream content) {
        public UploadProductImage {
            Objects.requireNonNull(productId, "productId");
            Objects.requireNonNull(content, "content");
        }
    }

    public record RemoveProductImage(ProductId productId, UUID imageId) {
        public RemoveProductImage {
            Objects.requireNonNull(productId, "productId");
            Objects.requireNonNull(imageId, "imageId");
        }
    }

    /** The product's images in their new order: every image of the product exactly once. */
    public record ReorderProductImages(ProductId productId, List<UUID> imageIds) {
        public ReorderProductImages {
            Objects.requireNonNull(productId, "productId");
            // Nulls are kept, so that the use case refuses them like any other id that is not the product's.
            imageIds = imageIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(imageIds));
        }
    }
}
