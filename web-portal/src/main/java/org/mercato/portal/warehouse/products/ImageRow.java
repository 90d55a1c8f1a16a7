package org.mercato.portal.warehouse.products;

import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.mercato.application.catalog.port.in.ProductEditorView.ProductImage;

/** An image of the editor's gallery. */
public final class ImageRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final UUID id;
    private final String url;
    private final String contentType;
    private final String size;
    private final String uploadedBy;
    private final String uploadedAt;

    ImageRow(ProductImage image) {
        this.id = image.id();
        this.url = image.url();
        this.contentType = image.contentType();
        this.size = Bytes.readable(image.sizeBytes());
        this.uploadedBy = image.uploadedBy();
        this.uploadedAt = TIME.format(image.uploadedAt());
    }

    UUID id() {
        return id;
    }

    public String getId() {
        return id.toString();
    }

    public String getUrl() {
        return url;
    }

    public String getContentType() {
        return contentType;
    }

    public String getSize() {
        return size;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public String getUploadedAt() {
        return uploadedAt;
    }
}
