package org.mercato.domain.accounts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A registered shopper. The password is held only as a salted slow hash; {@code signIn} counts failed
 * sign-ins for the lockout.
 */
public record ShopperAccount(
        UUID id, EmailAddress email, String passwordHash, String name, String phone, Instant createdAt,
        SignInLockout.State signIn) {

    public ShopperAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a shopper needs a name");
        }
        signIn = signIn == null ? SignInLockout.State.CLEAR : signIn;
    }

    /** A new account, with no failed sign-ins behind it. */
    public ShopperAccount(UUID id, EmailAddress email, String passwordHash, String name, String phone, Instant createdAt) {
        this(id, email, passwordHash, name, phone, createdAt, SignInLockout.State.CLEAR);
    }
}
