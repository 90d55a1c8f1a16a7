package org.mercato.application.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.mercato.application.accounts.port.out.LoadStaffUserPort;
import org.mercato.application.accounts.service.WarehouseStaff;
import org.mercato.application.catalog.port.in.ListProductsForStaffUseCase;
import org.mercato.application.catalog.port.in.ProductEditorView.ProductListPage;
import org.mercato.application.catalog.port.in.ProductEditorView.ProductListQuery;
import org.mercato.application.catalog.port.in.ProductEditorView.ProductListRow;
import org.mercato.application.catalog.port.out.LoadProductListPort;
import org.mercato.application.storage.service.PublicObjectUrls;

@ApplicationScoped
@Transactional
public class ListProductsForStaffService implements ListProductsForStaffUseCase {

    private LoadProductListPort products;
    private WarehouseStaff staff;
    private PublicObjectUrls urls;

    protected ListProductsForStaffService() {
        // for CDI client proxies
    }

    @Inject
    public ListProductsForStaffService(LoadProductListPort products, LoadStaffUserPort staff, PublicObjectUrls urls) {
        this.products = products;
        this.staff = new WarehouseStaff(staff);
        this.urls = urls;
    }

    @Override
    public ProductListPage listProducts(String staffUsername, ProductListQuery query) {
        staff.require(staffUsername);
        LoadProductListPort.ProductListSlice slice = products.loadProductList(query.search(), query.page(), query.size());
        return new ProductListPage(slice.entries().stream()
                .map(e -> new ProductListRow(e.id(), e.name(), e.manufacturer(), e.category(), e.skuCount(), e.priceFrom(),
                        e.imageCount(), e.firstImage() == null ? null : urls.urlOf(e.firstImage())))
                .toList(), query.page(), query.size(), slice.total());
    }
}
