package org.mercato.application.catalog.port.in;

/** Sets new prices on SKUs of one product; the product keeps a single currency. */
public interface ChangeSkuPricesUseCase {

    void changePrices(String staffUsername, ProductEditorCommands.ChangeSkuPrices command);
}
