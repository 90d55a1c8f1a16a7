package org.mercato.domain.ordering;

/** A cart or wishlist change the rules do not allow; {@code field} names what the caller got wrong. */
public class CartRuleViolation extends RuntimeException {

    private final String field;

    public CartRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
