package org.mercato.application.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mercato.application.accounts.port.out.LoadStaffUserPort;
import org.mercato.application.accounts.service.WarehouseStaff;
import org.mercato.application.catalog.port.in.ProductEditorCommands.UpdateProductDetails;
import org.mercato.application.catalog.port.in.ProductEditorView.Attribute;
import org.mercato.application.catalog.port.in.UpdateProductDetailsUseCase;
import org.mercato.application.catalog.port.out.ProductDetailCache;
import org.mercato.application.catalog.port.out.ProductEditingPort;
import org.mercato.application.common.NotFoundException;

/**
 * Category and manufacturer lists only count products, so a renamed product leaves them valid; only
 * its own page is evicted.
 */
@ApplicationScoped
@Transactional
public class UpdateProductDetailsService implements UpdateProductDetailsUseCase {

    private ProductEditingPort products;
    private ProductDetailCache productPages;
    private WarehouseStaff staff;

    protected UpdateProductDetailsService() {
        // for CDI client proxies
    }

    @Inject
    public UpdateProductDetailsService(ProductEditingPort products, ProductDetailCache productPages, LoadStaffUserPort staff) {
        this.products = products;
        this.productPages = productPages;
        this.staff = new WarehouseStaff(staff);
    }

    @Override
    public void updateDetails(String staffUsername, UpdateProductDetails command) {
        staff.require(staffUsername);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Attribute attribute : command.attributes()) {
            attributes.put(attribute.name(), attribute.value());
        }
        if (!products.updateDetails(command.productId(), command.name(), command.description(), command.material(),
                attributes)) {
            throw new NotFoundException("product", "there is no product " + command.productId());
        }
        productPages.evict(command.productId());
    }
}
