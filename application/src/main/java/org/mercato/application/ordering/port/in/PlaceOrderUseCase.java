package org.mercato.application.ordering.port.in;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mercato.domain.shared.Money;

/**
 * Places an order and reserves its stock in one transaction (SPEC decisions 2, 6): all lines or none.
 * The same {@code idempotencyKey} with the same request answers the first order again.
 */
public interface PlaceOrderUseCase {

    Placement place(PlaceOrderCommand command);

    /**
     * {@code items} empty means "the cart". The address is {@code shippingAddressId}, or
     * {@code shippingAddress}, or else the shopper's default address.
     */
    record PlaceOrderCommand(UUID accountId, String idempotencyKey, Optional<List<RequestedLine>> items,
            Optional<String> shippingAddressId, Optional<AddressInput> shippingAddress, Optional<String> paymentMethodId,
            Optional<Money> expectedTotal) {
    }

    record RequestedLine(String sku, Integer quantity) {
    }

    record AddressInput(String recipient, String line1, String line2, String city, String postalCode, String country) {
    }

    /** The order, and whether this answer is the replay of an earlier request with the same key. */
    record Placement(OrderView order, boolean replayed) {
    }
}
