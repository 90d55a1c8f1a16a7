package org.mercato.application.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.TreeMap;
import org.mercato.application.accounts.port.out.LoadStaffUserPort;
import org.mercato.application.accounts.service.WarehouseStaff;
import org.mercato.application.catalog.port.in.GetEditableProductUseCase;
import org.mercato.application.catalog.port.in.ProductEditorView.Attribute;
import org.mercato.application.catalog.port.in.ProductEditorView.EditableProduct;
import org.mercato.application.catalog.port.out.ProductEditingPort;
import org.mercato.application.catalog.port.out.ProductImagesPort;
import org.mercato.application.storage.service.PublicObjectUrls;
import org.mercato.domain.catalog.ProductId;

/** Reads the database, not the product-page cache: an editor must see what is stored, not what was. */
@ApplicationScoped
@Transactional
public class GetEditableProductService implements GetEditableProductUseCase {

    private ProductEditingPort products;
    private ProductImagesPort images;
    private WarehouseStaff staff;
    private PublicObjectUrls urls;

    protected GetEditableProductService() {
        // for CDI client proxies
    }

    @Inject
    public GetEditableProductService(ProductEditingPort products, ProductImagesPort images, LoadStaffUserPort staff,
            PublicObjectUrls urls) {
        this.products = products;
        this.images = images;
        this.staff = new WarehouseStaff(staff);
        this.urls = urls;
    }

    @Override
    public Optional<EditableProduct> getEditableProduct(String staffUsername, ProductId id) {
        staff.require(staffUsername);
        return products.loadForEditing(id).map(p -> new EditableProduct(p.id(), p.name(), p.description(), p.material(),
                p.manufacturer(), p.category(),
                new TreeMap<>(p.attributes()).entrySet().stream().map(a -> new Attribute(a.getKey(), a.getValue())).toList(),
                p.skus(),
                images.imagesOf(id).stream().map(image -> ProductImageViews.view(image, urls)).toList()));
    }
}
