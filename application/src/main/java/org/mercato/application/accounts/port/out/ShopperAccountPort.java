package org.mercato.application.accounts.port.out;

import org.mercato.domain.accounts.EmailAddress;
import org.mercato.domain.accounts.ShopperAccount;

/** Where shopper accounts are kept. E-mail uniqueness is case-insensitive and enforced by the store too. */
public interface ShopperAccountPort {

    boolean isRegistered(EmailAddress email);

    /** Adds a new account; a concurrent registration of the same address fails with {@code ConflictException}. */
    void add(ShopperAccount account);
}
