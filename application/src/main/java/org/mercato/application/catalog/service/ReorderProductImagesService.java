package org.mercato.application.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mercato.application.accounts.port.out.LoadStaffUserPort;
import org.mercato.application.accounts.service.WarehouseStaff;
import org.mercato.application.catalog.port.in.ProductEditorCommands.ReorderProductImages;
import org.mercato.application.catalog.port.in.ReorderProductImagesUseCase;
import org.mercato.application.catalog.port.out.ProductDetailCache;
import org.mercato.application.catalog.port.out.ProductEditingPort;
import org.mercato.application.catalog.port.out.ProductImagesPort;
import org.mercato.application.catalog.port.out.ProductImagesPort.StoredProductImage;
import org.mercato.application.common.ConflictException;
import org.mercato.application.common.NotFoundException;

/**
 * The new order must name exactly the images the product has now; one that differs was made from a
 * stale page (another editor added or removed an image meanwhile) and is refused rather than guessed at.
 */
@ApplicationScoped
@Transactional
public class ReorderProductImagesService implements ReorderProductImagesUseCase {

    private ProductEditingPort products;
    private ProductImagesPort images;
    private ProductDetailCache productPages;
    private WarehouseStaff staff;

    protected ReorderProductImagesService() {
        // for CDI client proxies
    }

    @Inject
    public ReorderProductImagesService(ProductEditingPort products, ProductImagesPort images,
            ProductDetailCache productPages, LoadStaffUserPort staff) {
        this.products = products;
        this.images = images;
        this.productPages = productPages;
        this.staff = new WarehouseStaff(staff);
    }

    @Override
    public void reorder(String staffUsername, ReorderProductImages command) {
        staff.require(staffUsername);
        if (!products.lockProduct(command.productId())) {
            throw new NotFoundException("product", "there is no product " + command.productId());
        }
        Set<UUID> present = images.imagesOf(command.productId()).stream().map(StoredProductImage::id)
                .collect(Collectors.toSet());
        List<UUID> order = command.imageIds();
        if (order.size() != present.size() || !new HashSet<>(order).equals(present)) {
            throw new ConflictException("images-changed",
                    "the product's images changed meanwhile; reload the page and order them again");
        }
        images.reorder(command.productId(), order);
        productPages.evict(command.productId());
    }
}
