package org.mercato.adapters.in.rest.catalog;

import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mercato.adapters.in.rest.problem.InvalidParametersException;
import org.mercato.adapters.in.rest.problem.ProblemDetail.FieldError;
import org.mercato.application.catalog.port.in.ProductSearchQuery;
import org.mercato.application.catalog.port.in.ProductSort;
import org.mercato.application.catalog.port.in.SkuCriteria;
import org.mercato.application.common.InvalidInputException;
import org.mercato.domain.catalog.Firmness;
import org.mercato.domain.catalog.ManufacturerId;
import org.mercato.domain.catalog.MattressSize;
import org.mercato.domain.shared.Ids;

/**
 * The query string of {@code GET /catalog/products}. Everything arrives as text and is parsed here, so
 * that a malformed value is a 400 naming the parameter rather than JAX-RS' own 404 or a 500.
 *
 * <p>API.md uses {@code size} twice: for the page size of every list and for the mattress size filter.
 * Both are accepted, told apart by their form: a plain number is the page size, {@code 160x200} a
 * mattress size ({@code ?size=160x200&size=50} gives both).
 */
public class ProductSearchParameters {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,15}");
    private static final Pattern MATTRESS_SIZE = Pattern.compile("\\d+x\\d+");

    @QueryParam("q")
    @Parameter(description = "Free text, matched fuzzily (typing errors allowed) against product name, manufacturer, "
            + "description and material. At most " + ProductSearchQuery.MAX_TEXT_LENGTH + " characters.",
            example = "dormio aurora")
    String q;

    @QueryParam("category")
    @Parameter(description = "A category slug, as GET /catalog/categories lists them.", example = "memory-foam")
    String category;

    @QueryParam("manufacturer")
    @Parameter(description = "A manufacturer id (UUID), as GET /catalog/manufacturers and the manufacturer facet "
            + "list them.")
    String manufacturer;

    @QueryParam("size")
    @Parameter(description = "Given once or twice: a plain number is the page size (1 to "
            + ProductSearchQuery.MAX_PAGE_SIZE + ", default " + ProductSearchQuery.DEFAULT_PAGE_SIZE
            + "); width x length in cm (160x200) filters by mattress size.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class), example = "160x200")
    List<String> size;

    @QueryParam("firmness")
    @Parameter(description = "soft, medium-soft, medium, medium-firm or firm.", example = "medium-firm")
    String firmness;

    @QueryParam("minPrice")
    @Parameter(description = "Lowest SKU price in minor units (cents), included.", example = "40000")
    String minPrice;

    @QueryParam("maxPrice")
    @Parameter(description = "Highest SKU price in minor units (cents), included. Size, firmness and price "
            + "filters must all hold for one and the same SKU.", example = "50000")
    String maxPrice;

    @QueryParam("inStock")
    @Parameter(description = "true: only products with a matching SKU that is available now (as of the last "
            + "committed stock change).", schema = @Schema(type = SchemaType.BOOLEAN))
    String inStock;

    @QueryParam("sort")
    @Parameter(description = "relevance (default with q), newest (default without q), price_asc, price_desc "
            + "(by price from), bestselling (units sold, then newest; until orders exist, newest).",
            schema = @Schema(enumeration = {"relevance", "price_asc", "price_desc", "newest", "bestselling"}))
    String sort;

    @QueryParam("page")
    @Parameter(description = "0-based page number; the first 10000 results are reachable.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    String page;

    /** The search these parameters ask for, or a 400 naming every bad parameter. */
    ProductSearchQuery toQuery() {
        List<FieldError> errors = new ArrayList<>();
        Integer pageSize = null;
        MattressSize mattressSize = null;
        for (String value : size == null ? List.<String>of() : size) {
            String text = value.strip();
            if (WHOLE_NUMBER.matcher(text).matches()) {
                if (pageSize != null) {
                    errors.add(new FieldError("size", "give at most one page size"));
                }
                pageSize = (int) Math.min(Long.parseLong(text), Integer.MAX_VALUE);
            } else if (MATTRESS_SIZE.matcher(text).matches() && MattressSize.parse(text).isPresent()) {
                if (mattressSize != null) {
                    errors.add(new FieldError("size", "give at most one mattress size"));
                }
                mattressSize = MattressSize.parse(text).orElseThrow();
            } else {
                errors.add(new FieldError("size", "must be a page size (1 to " + ProductSearchQuery.MAX_PAGE_SIZE
                        + ") or a mattress size such as 160x200; was '" + value + "'"));
            }
        }
        Firmness firmnessFilter = present(firmness).map(f -> Firmness.parse(f).orElseGet(() -> {
            errors.add(new FieldError("firmness", "must be one of soft, medium-soft, medium, medium-firm, firm"));
            return null;
        })).orElse(null);
        ManufacturerId manufacturerFilter = present(manufacturer).map(m -> Ids.parse(m).map(ManufacturerId::new)
                .orElseGet(() -> {
                    errors.add(new FieldError("manufacturer", "must be a manufacturer id (UUID)"));
                    return null;
                })).orElse(null);
        ProductSort order = present(sort).map(s -> ProductSort.parse(s).orElseGet(() -> {
            errors.add(new FieldError("sort", "must be one of " + ProductSort.codes()));
            return null;
        })).orElse(null);
        Long min = wholeNumber("minPrice", minPrice, errors);
        Long max = wholeNumber("maxPrice", maxPrice, errors);
        Long pageNumber = wholeNumber("page", page, errors);
        boolean inStockOnly = present(inStock).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.add(new FieldError("inStock", "must be true or false"));
                yield false;
            }
        }).orElse(false);
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        try {
            SkuCriteria sku = new SkuCriteria(mattressSize, firmnessFilter, min, max);
            return new ProductSearchQuery(q, present(category).orElse(null), manufacturerFilter, sku, inStockOnly, order,
                    pageNumber == null ? 0 : (int) Math.min(pageNumber, Integer.MAX_VALUE),
                    pageSize == null ? ProductSearchQuery.DEFAULT_PAGE_SIZE : pageSize);
        } catch (InvalidInputException e) {
            // Rules on query parameters are still malformed parameters to a client (API.md: 400).
            throw new InvalidParametersException(e.violations().stream()
                    .map(v -> new FieldError(v.field(), v.message())).toList());
        }
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static Long wholeNumber(String name, String value, List<FieldError> errors) {
        Optional<String> text = present(value);
        if (text.isEmpty()) {
            return null;
        }
        if (!WHOLE_NUMBER.matcher(text.get()).matches()) {
            errors.add(new FieldError(name, "must be a whole number, 0 or more; was '" + value + "'"));
            return null;
        }
        return Long.parseLong(text.get());
    }
}
