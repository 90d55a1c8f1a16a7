package org.mercato.application.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mercato.application.accounts.port.out.LoadStaffUserPort;
import org.mercato.application.accounts.service.WarehouseStaff;
import org.mercato.application.catalog.port.in.ProductEditorCommands.UploadProductImage;
import org.mercato.application.catalog.port.in.ProductEditorView.ImageUploadLimits;
import org.mercato.application.catalog.port.in.ProductEditorView.ProductImage;
import org.mercato.application.catalog.port.in.UploadProductImageUseCase;
import org.mercato.application.catalog.port.out.ProductDetailCache;
import org.mercato.application.catalog.port.out.ProductEditingPort;
import org.mercato.application.catalog.port.out.ProductImagesPort;
import org.mercato.application.catalog.port.out.ProductImagesPort.StoredProductImage;
import org.mercato.application.common.ConflictException;
import org.mercato.application.common.InvalidInputException;
import org.mercato.application.common.NotFoundException;
import org.mercato.application.common.ServiceUnavailableException;
import org.mercato.application.storage.port.out.ObjectContent;
import org.mercato.application.storage.port.out.ObjectKey;
import org.mercato.application.storage.port.out.ObjectStorage;
import org.mercato.application.storage.port.out.ObjectStorageException;
import org.mercato.application.storage.service.PublicObjectUrls;
import org.mercato.domain.accounts.StaffUser;
import org.mercato.domain.catalog.ImageFormat;
import org.mercato.domain.catalog.ProductId;

/**
 * Reads at most {@code mercato.images.max-bytes} (+1, to notice more) of the upload, decides its type
 * from its first bytes, stores it under a new key {@code public/products/<product>/<image id>.<ext>} and
 * appends it to the product's gallery. The object is stored before the product is locked, so no row lock
 * is held while a remote store receives the bytes; should recording it fail, the object is deleted again.
 */
@ApplicationScoped
@Transactional
public class UploadProductImageService implements UploadProductImageUseCase {

    private static final Logger LOG = Logger.getLogger(UploadProductImageService.class.getName());

    private ProductEditingPort products;
    private ProductImagesPort images;
    private ObjectStorage storage;
    private ProductDetailCache productPages;
    private WarehouseStaff staff;
    private PublicObjectUrls urls;
    private Clock clock;
    private ImageUploadLimits limits;

    protected UploadProductImageService() {
        // for CDI client proxies
    }

    @Inject
    public UploadProductImageService(ProductEditingPort products, ProductImagesPort images, ObjectStorage storage,
            ProductDetailCache productPages, LoadStaffUserPort staff, PublicObjectUrls urls, Clock clock,
            @ConfigProperty(name = "mercato.images.max-bytes", defaultValue = "5242880") long maxBytes,
            @ConfigProperty(name = "mercato.images.max-per-product", defaultValue = "20") int maxPerProduct) {
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("mercato.images.max-bytes must be 1 to " + (Integer.MAX_VALUE - 8)
                    + "; was " + maxBytes);
        }
        if (maxPerProduct < 1) {
            throw new IllegalArgumentException("mercato.images.max-per-product must be at least 1; was " + maxPerProduct);
        }
        this.products = products;
        this.images = images;
        this.storage = storage;
        this.productPages = productPages;
        this.staff = new WarehouseStaff(staff);
        this.urls = urls;
        this.clock = clock;
        this.limits = new ImageUploadLimits(maxBytes, maxPerProduct,
                Arrays.stream(ImageFormat.values()).map(ImageFormat::mediaType).toList());
    }

    @Override
    public ImageUploadLimits limits() {
        return limits;
    }

    @Override
    public ProductImage upload(String staffUsername, UploadProductImage command) {
        StaffUser user = staff.require(staffUsername);
        ProductId product = command.productId();
        if (command.declaredSize() > limits.maxBytes()) {
            throw tooLarge();
        }
        byte[] bytes = readAtMostLimit(command.content());
        ImageFormat format = ImageFormat.sniff(Arrays.copyOf(bytes, Math.min(bytes.length, ImageFormat.SNIFF_LENGTH)))
                .orElseThrow(() -> invalid(bytes.length == 0 ? "is empty" : "must be a JPEG, PNG or WebP image;"
                        + " this file's content is none of them, whatever its name says"));
        if (products.loadForEditing(product).isEmpty()) {
            throw new NotFoundException("product", "there is no product " + product);
        }
        requireRoomFor(product);

        UUID imageId = UUID.randomUUID();
        ObjectKey key = ObjectKey.publicMedia("products/" + product.value() + "/" + imageId + "." + format.extension());
        try {
            storage.put(key, ObjectContent.of(bytes, format.mediaType()));
        } catch (ObjectStorageException e) {
            throw new ServiceUnavailableException("the image store is not available; try again later", e);
        }
        StoredProductImage image;
        try {
            if (!products.lockProduct(product)) {
                throw new NotFoundException("product", "there is no product " + product);
            }
            int position = requireRoomFor(product);
            image = new StoredProductImage(imageId, product, key, position, format.mediaType(), bytes.length,
                    user.username(), clock.instant());
            images.add(image);
        } catch (RuntimeException e) {
            deleteQuietly(key);
            throw e;
        }
        productPages.evict(product);
        return ProductImageViews.view(image, urls);
    }

    /** The next free position; refuses when the product already has as many images as allowed. */
    private int requireRoomFor(ProductId product) {
        List<StoredProductImage> present = images.imagesOf(product);
        if (present.size() >= limits.maxImagesPerProduct()) {
            throw new ConflictException("too-many-images", "a product has at most " + limits.maxImagesPerProduct()
                    + " images; remove one first");
        }
        return present.stream().mapToInt(StoredProductImage::position).max().orElse(-1) + 1;
    }

    private byte[] readAtMostLimit(InputStream content) {
        int limit = (int) limits.maxBytes();
        try (InputStream in = content) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            LOG.log(Level.FINE, "an image upload could not be read", e);
            throw invalid("could not be read completely; please upload it again");
        }
    }

    private InvalidInputException tooLarge() {
        return invalid("must be at most " + humanSize(limits.maxBytes()));
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException(List.of(new InvalidInputException.FieldViolation("image", message)));
    }

    static String humanSize(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
        }
        if (bytes >= 1024) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }

    private void deleteQuietly(ObjectKey key) {
        try {
            storage.delete(key);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not delete the unrecorded image " + key + "; it is an orphan in the store", e);
        }
    }
}
