package org.mercato.domain.inventory;

/** A stock change the current level does not allow, such as taking away units that are reserved. */
public class StockRuleViolation extends RuntimeException {

    public StockRuleViolation(String message) {
        super(message);
    }
}
