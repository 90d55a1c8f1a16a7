package org.mercato.domain.accounts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A registered shopper. The password is held only as a salted slow hash. */
public record ShopperAccount(
        UUID id, EmailAddress email, String passwordHash, String name, String phone, Instant createdAt) {

    public ShopperAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a shopper needs a name");
        }
    }
}
