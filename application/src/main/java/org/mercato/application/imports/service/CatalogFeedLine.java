package org.mercato.application.imports.service;

import static org.mercato.application.imports.port.out.CatalogFeedColumns.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.mercato.application.imports.port.in.ImportJob.LineError;
import org.mercato.application.imports.port.out.FeedRecord;
import org.mercato.domain.catalog.Firmness;
import org.mercato.domain.catalog.MattressSize;
import org.mercato.domain.catalog.Sku;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.shared.Money;

/**
 * One line of a catalog feed, checked: one SKU of one product of one manufacturer in one category.
 * Optional values are null when the line leaves them out; a product's description and material and a
 * manufacturer's country are only required when the feed creates them.
 */
public record CatalogFeedLine(
        int line,
        String manufacturer,
        String manufacturerCountry,
        String categorySlug,
        String categoryName,
        String productName,
        String description,
        String material,
        Map<String, String> attributes,
        Sku sku) {

    // Column widths of the V1 schema, so that an over-long value is a line error, not a failed insert.
    private static final int MAX_NAME = 120;
    private static final int MAX_PRODUCT_NAME = 200;
    private static final int MAX_DESCRIPTION = 4000;
    private static final int MAX_ATTRIBUTE_NAME = 60;
    private static final int MAX_ATTRIBUTE_VALUE = 400;
    private static final int MAX_SLUG = 60;

    /** The record's line, or every problem found in it (so that one round trip shows them all). */
    public static Checked check(FeedRecord record) {
        if (record.isMalformed()) {
            return new Checked(null, List.of(new LineError(record.line(), null, record.malformed())));
        }
        Fields f = new Fields(record);
        String manufacturer = f.required(MANUFACTURER, MAX_NAME);
        String country = f.optional(MANUFACTURER_COUNTRY, 2);
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            f.error(MANUFACTURER_COUNTRY, "must be an ISO 3166 alpha-2 code such as DE");
        }
        String slug = f.required(CATEGORY, MAX_SLUG);
        if (slug != null && !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            f.error(CATEGORY, "must be a category slug: lower-case words joined by '-'");
        }
        String categoryName = f.optional(CATEGORY_NAME, MAX_NAME);
        String product = f.required(PRODUCT, MAX_PRODUCT_NAME);
        String description = f.optional(DESCRIPTION, MAX_DESCRIPTION);
        String material = f.optional(MATERIAL, MAX_NAME);
        String code = f.required(SKU, 64);
        if (code != null && !SkuCode.isValid(code)) {
            f.error(SKU, "must be 3 to 64 of A-Z, 0-9, 'x' and '-', starting with a letter or digit");
        }
        MattressSize size = f.parsed(SIZE, MattressSize::parse, "must be width x length in cm, such as 160x200");
        Firmness firmness = f.parsed(FIRMNESS, Firmness::parse, "must be soft, medium-soft, medium, medium-firm or firm");
        Integer height = f.parsed(HEIGHT, CatalogFeedLine::height, "must be a whole number of centimetres from 5 to 60");
        Currency currency = f.parsed(CURRENCY, CatalogFeedLine::currency, "must be an ISO 4217 currency such as EUR");
        Long price = null;
        String priceText = f.required(PRICE, 30);
        if (priceText != null && currency != null) {
            price = minorUnits(priceText, currency);
            if (price == null) {
                f.error(PRICE, "must be a positive amount with at most " + currency.getDefaultFractionDigits()
                        + " decimals, such as 1299.00");
            }
        }
        Map<String, String> attributes = new TreeMap<>();
        record.fields().forEach((name, value) -> {
            if (name.startsWith(ATTRIBUTE_PREFIX) && value != null && !value.isBlank()) {
                String attribute = name.substring(ATTRIBUTE_PREFIX.length());
                if (attribute.length() > MAX_ATTRIBUTE_NAME) {
                    f.error(name, "an attribute name has at most " + MAX_ATTRIBUTE_NAME + " characters");
                } else if (value.strip().length() > MAX_ATTRIBUTE_VALUE) {
                    f.error(name, "at most " + MAX_ATTRIBUTE_VALUE + " characters");
                } else {
                    attributes.put(attribute, value.strip());
                }
            }
        });
        if (!f.errors.isEmpty()) {
            return new Checked(null, f.errors);
        }
        Sku sku = new Sku(new SkuCode(code), size, firmness, height, Money.of(price, currency.getCurrencyCode()));
        return new Checked(new CatalogFeedLine(record.line(), manufacturer,
                country == null ? null : country.toUpperCase(Locale.ROOT), slug, categoryName, product, description,
                material, attributes, sku), List.of());
    }

    /** Either a line or its errors. */
    public record Checked(CatalogFeedLine line, List<LineError> errors) {
        public boolean isValid() {
            return line != null;
        }
    }

    private static java.util.Optional<Integer> height(String text) {
        try {
            int cm = Integer.parseInt(text.strip());
            return cm >= 5 && cm <= 60 ? java.util.Optional.of(cm) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static java.util.Optional<Currency> currency(String text) {
        String code = text.strip();
        if (!code.matches("[A-Z]{3}")) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Currency.getInstance(code));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** {@code 1299.5} EUR is 129950 cents; more decimals than the currency has, zero or less is null. */
    static Long minorUnits(String text, Currency currency) {
        if (!text.strip().matches("\\d{1,12}(\\.\\d{1,4})?")) {
            return null;
        }
        BigDecimal minor = new BigDecimal(text.strip()).movePointRight(Math.max(0, currency.getDefaultFractionDigits()));
        if (minor.signum() <= 0 || minor.stripTrailingZeros().scale() > 0) {
            return null;
        }
        return minor.longValueExact();
    }

    /** Reads fields and collects errors. */
    private static final class Fields {
        private final FeedRecord record;
        private final List<LineError> errors = new ArrayList<>();

        Fields(FeedRecord record) {
            this.record = record;
        }

        void error(String field, String message) {
            errors.add(new LineError(record.line(), field, message));
        }

        String optional(String field, int maxLength) {
            String value = record.fields().get(field);
            if (value == null || value.isBlank()) {
                return null;
            }
            value = value.strip();
            if (value.length() > maxLength) {
                error(field, "at most " + maxLength + " characters");
                return null;
            }
            return value;
        }

        String required(String field, int maxLength) {
            String value = record.fields().get(field);
            if (value == null || value.isBlank()) {
                error(field, "is required");
                return null;
            }
            return optional(field, maxLength);
        }

        <T> T parsed(String field, java.util.function.Function<String, java.util.Optional<T>> parser, String rule) {
            String text = required(field, 60);
            if (text == null) {
                return null;
            }
            java.util.Optional<T> value = parser.apply(text);
            if (value.isEmpty()) {
                error(field, rule);
                return null;
            }
            return value.get();
        }
    }
}
