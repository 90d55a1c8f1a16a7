package org.mercato.application.accounts.port.in;

import java.time.Instant;
import java.util.UUID;
import org.mercato.domain.accounts.ShopperAccount;

/** A shopper's account as the shopper sees it: never the password hash. */
public record ShopperProfile(UUID id, String email, String name, String phone, Instant createdAt) {

    public static ShopperProfile of(ShopperAccount account) {
        return new ShopperProfile(account.id(), account.email().value(), account.name(), account.phone(), account.createdAt());
    }
}
