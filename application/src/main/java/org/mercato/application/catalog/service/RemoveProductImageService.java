package org.mercato.application.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.mercato.application.accounts.port.out.LoadStaffUserPort;
import org.mercato.application.accounts.service.WarehouseStaff;
import org.mercato.application.catalog.port.in.ProductEditorCommands.RemoveProductImage;
import org.mercato.application.catalog.port.in.RemoveProductImageUseCase;
import org.mercato.application.catalog.port.out.ProductDetailCache;
import org.mercato.application.catalog.port.out.ProductEditingPort;
import org.mercato.application.catalog.port.out.ProductImagesPort;
import org.mercato.application.catalog.port.out.ProductImagesPort.StoredProductImage;
import org.mercato.application.common.NotFoundException;
import org.mercato.application.common.ServiceUnavailableException;
import org.mercato.application.storage.port.out.ObjectStorage;
import org.mercato.application.storage.port.out.ObjectStorageException;

/**
 * The gallery row goes first, then the object. If the store fails, the whole removal is rolled back and
 * the image stays as it was; the remaining images close ranks (positions 0, 1, ...).
 */
@ApplicationScoped
@Transactional
public class RemoveProductImageService implements RemoveProductImageUseCase {

    private ProductEditingPort products;
    private ProductImagesPort images;
    private ObjectStorage storage;
    private ProductDetailCache productPages;
    private WarehouseStaff staff;

    protected RemoveProductImageService() {
        // for CDI client proxies
    }

    @Inject
    public RemoveProductImageService(ProductEditingPort products, ProductImagesPort images, ObjectStorage storage,
            ProductDetailCache productPages, LoadStaffUserPort staff) {
        this.products = products;
        this.images = images;
        this.storage = storage;
        this.productPages = productPages;
        this.staff = new WarehouseStaff(staff);
    }

    @Override
    public void remove(String staffUsername, RemoveProductImage command) {
        staff.require(staffUsername);
        if (!products.lockProduct(command.productId())) {
            throw new NotFoundException("product", "there is no product " + command.productId());
        }
        List<StoredProductImage> present = images.imagesOf(command.productId());
        StoredProductImage removed = present.stream().filter(image -> image.id().equals(command.imageId())).findFirst()
                .orElseThrow(() -> new NotFoundException("image", "this product has no such image; it may have been removed already"));
        images.remove(removed.id());
        List<UUID> remaining = present.stream().map(StoredProductImage::id).filter(id -> !id.equals(removed.id())).toList();
        images.reorder(command.productId(), remaining);
        try {
            storage.delete(removed.key());
        } catch (ObjectStorageException e) {
            throw new ServiceUnavailableException("the image store is not available; the image was not removed", e);
        }
        productPages.evict(command.productId());
    }
}
