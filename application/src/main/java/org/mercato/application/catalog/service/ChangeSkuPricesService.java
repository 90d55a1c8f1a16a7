package org.mercato.application.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mercato.application.accounts.port.out.LoadStaffUserPort;
import org.mercato.application.accounts.service.WarehouseStaff;
import org.mercato.application.catalog.port.in.ChangeSkuPricesUseCase;
import org.mercato.application.catalog.port.in.ProductEditorCommands.ChangeSkuPrices;
import org.mercato.application.catalog.port.in.ProductEditorCommands.SkuPrice;
import org.mercato.application.catalog.port.in.ProductEditorView.EditableSku;
import org.mercato.application.catalog.port.out.ProductDetailCache;
import org.mercato.application.catalog.port.out.ProductEditingPort;
import org.mercato.application.catalog.port.out.ProductEditingPort.ProductForEditing;
import org.mercato.application.common.NotFoundException;
import org.mercato.application.common.Violations;
import org.mercato.domain.catalog.SkuCode;
import org.mercato.domain.shared.Money;

/**
 * Every price of a product stays in one currency (the {@code Product} invariant that makes "price from"
 * meaningful): new prices must be in the currency of the SKUs they leave unchanged. The product is
 * locked first, so two editors cannot each leave it half in another currency.
 */
@ApplicationScoped
@Transactional
public class ChangeSkuPricesService implements ChangeSkuPricesUseCase {

    private ProductEditingPort products;
    private ProductDetailCache productPages;
    private WarehouseStaff staff;

    protected ChangeSkuPricesService() {
        // for CDI client proxies
    }

    @Inject
    public ChangeSkuPricesService(ProductEditingPort products, ProductDetailCache productPages, LoadStaffUserPort staff) {
        this.products = products;
        this.productPages = productPages;
        this.staff = new WarehouseStaff(staff);
    }

    @Override
    public void changePrices(String staffUsername, ChangeSkuPrices command) {
        staff.require(staffUsername);
        NotFoundException unknown = new NotFoundException("product", "there is no product " + command.productId());
        if (!products.lockProduct(command.productId())) {
            throw unknown;
        }
        ProductForEditing product = products.loadForEditing(command.productId()).orElseThrow(() -> unknown);
        Map<String, EditableSku> skus = product.skus().stream()
                .collect(Collectors.toMap(EditableSku::sku, Function.identity()));
        List<SkuPrice> prices = command.prices();
        Violations violations = new Violations();
        for (int i = 0; i < prices.size(); i++) {
            violations.check(skus.containsKey(prices.get(i).sku()), "prices[" + i + "].sku", "is not a SKU of this product");
        }
        String currency = prices.get(0).currency();
        List<String> otherCurrencies = product.skus().stream()
                .filter(sku -> prices.stream().noneMatch(p -> p.sku().equals(sku.sku())))
                .map(sku -> sku.price().currency()).distinct().toList();
        violations.check(otherCurrencies.stream().allMatch(currency::equals), "currency",
                "must be " + String.join(", ", otherCurrencies) + " like the product's other prices");
        violations.throwIfAny();

        Map<SkuCode, Money> changed = new LinkedHashMap<>();
        prices.forEach(p -> changed.put(new SkuCode(p.sku()), Money.of(p.amount(), p.currency())));
        products.changePrices(command.productId(), changed);
        productPages.evict(command.productId());
    }
}
