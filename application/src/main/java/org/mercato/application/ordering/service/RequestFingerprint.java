package org.mercato.application.ordering.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.mercato.application.ordering.port.in.PlaceOrderUseCase.PlaceOrderCommand;

/**
 * A SHA-256 over everything of a placement request but its key, so that a replay can tell "the same
 * request again" from "another request under a used key" without storing the request.
 */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    static String of(PlaceOrderCommand c) {
        StringBuilder canonical = new StringBuilder("items=");
        c.items().ifPresentOrElse(
                items -> items.forEach(i -> canonical.append(i == null ? "null" : i.sku() + "*" + i.quantity()).append(';')),
                () -> canonical.append("<cart>"));
        canonical.append("|addressId=").append(c.shippingAddressId().orElse(""));
        c.shippingAddress().ifPresent(a -> canonical.append("|address=").append(a.recipient()).append('\u001f').append(a.line1())
                .append('\u001f').append(a.line2()).append('\u001f').append(a.city()).append('\u001f').append(a.postalCode())
                .append('\u001f').append(a.country()));
        canonical.append("|payment=").append(c.paymentMethodId().orElse(""));
        canonical.append("|expected=").append(c.expectedTotal().map(m -> m.amount() + " " + m.currency()).orElse(""));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
