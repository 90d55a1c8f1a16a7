package org.mercato.application.catalog.port.in;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mercato.domain.catalog.ProductId;
import org.mercato.domain.shared.Money;

/** What the warehouse's product pages show: the product list and one product as its editor sees it. */
public final class ProductEditorView {

    private ProductEditorView() {
    }

    /** Which products to list: an optional piece of the name (any letter case), paged. */
    public record ProductListQuery(String search, int page, int size) {
        public static final int MAX_SEARCH_LENGTH = 200;

        public ProductListQuery {
            page = Math.max(0, page);
            size = Math.min(Math.max(1, size), 100);
            search = search == null || search.isBlank() ? null : search.strip();
            if (search != null && search.length() > MAX_SEARCH_LENGTH) {
                search = search.substring(0, MAX_SEARCH_LENGTH);
            }
        }
    }

    /** One page of products by name; {@code total} counts every match. */
    public record ProductListPage(List<ProductListRow> rows, int page, int size, long total) {
        public ProductListPage {
            rows = List.copyOf(rows);
        }

        public int pageCount() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** A product in the list; {@code imageUrl} is its first image, or null when it has none. */
    public record ProductListRow(ProductId id, String name, String manufacturer, String category, int skuCount,
            Money priceFrom, int imageCount, String imageUrl) {
    }

    /** A product with everything its editor changes: text, attributes (by name), SKU prices, images in order. */
    public record EditableProduct(ProductId id, String name, String description, String material, String manufacturer,
            String category, List<Attribute> attributes, List<EditableSku> skus, List<ProductImage> images) {
        public EditableProduct {
            attributes = List.copyOf(attributes);
            skus = List.copyOf(skus);
            images = List.copyOf(images);
        }
    }

    /** A named property of a product, such as {@code zones = 5}. */
    public record Attribute(String name, String value) {
    }

    /** A SKU with its current price; size as {@code 160x200}, firmness as its code. */
    public record EditableSku(String sku, String size, String firmness, int heightCm, Money price) {
    }

    /** A stored image of a product: its public URL, in the product's display order (first = main picture). */
    public record ProductImage(UUID id, String url, String contentType, long sizeBytes, String uploadedBy, Instant uploadedAt) {
    }

    /** What the image upload accepts: at most {@code maxBytes} bytes, of these media types. */
    public record ImageUploadLimits(long maxBytes, int maxImagesPerProduct, List<String> mediaTypes) {
        public ImageUploadLimits {
            mediaTypes = List.copyOf(mediaTypes);
        }
    }
}
