package org.mercato.application.accounts.port.out;

import java.util.Optional;
import java.util.UUID;
import org.mercato.domain.accounts.EmailAddress;
import org.mercato.domain.accounts.ShopperAccount;
import org.mercato.domain.accounts.SignInLockout;

/** Where shopper accounts are kept. E-mail uniqueness is case-insensitive and enforced by the store too. */
public interface ShopperAccountPort {

    boolean isRegistered(EmailAddress email);

    /** Adds a new account; a concurrent registration of the same address fails with {@code ConflictException}. */
    void add(ShopperAccount account);

    Optional<ShopperAccount> findByEmail(EmailAddress email);

    Optional<ShopperAccount> findById(UUID id);

    void saveSignInState(UUID shopperId, SignInLockout.State state);

    void updateProfile(UUID shopperId, String name, String phone);
}
