package org.mercato.application.setup.port.out;

import java.util.List;
import org.mercato.domain.accounts.ShopperAccount;
import org.mercato.domain.accounts.StaffUser;
import org.mercato.domain.catalog.Category;
import org.mercato.domain.catalog.Manufacturer;
import org.mercato.domain.catalog.Product;
import org.mercato.domain.inventory.StockLevel;
import org.mercato.domain.inventory.StockMovement;
import org.mercato.domain.inventory.Warehouse;

/** A whole demo marketplace, ready to be saved in one go. */
public record DemoShop(
        List<Manufacturer> manufacturers,
        List<Category> categories,
        List<Product> products,
        List<Warehouse> warehouses,
        List<StockLevel> stock,
        List<StockMovement> movements,
        List<StaffUser> staff,
        List<ShopperAccount> shoppers) {
}
