package org.mercato.domain.ordering;

import java.util.OptionalInt;

/** How a cart line stands against the stock right now (the check before checkout). */
public enum CartCheckStatus {
    /** Enough units are available for the line. */
    OK,
    /** The SKU exists but fewer units are available than the line asks for. */
    NOT_ENOUGH,
    /** The SKU is no longer in the catalog. */
    NOT_FOUND;

    /** {@code available} is empty when the SKU no longer exists. */
    public static CartCheckStatus of(int requested, OptionalInt available) {
        if (available.isEmpty()) {
            return NOT_FOUND;
        }
        return available.getAsInt() >= requested ? OK : NOT_ENOUGH;
    }
}
