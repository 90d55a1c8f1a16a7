package org.mercato.domain.ordering;

/** An order request that breaks a rule of the ordering domain; {@code field} names what to fix. */
public class OrderRuleViolation extends RuntimeException {

    private final String field;

    public OrderRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
