package org.mercato.application.accounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mercato.application.accounts.port.out.ShopperAccountPort;
import org.mercato.application.common.ConflictException;
import org.mercato.domain.accounts.EmailAddress;
import org.mercato.domain.accounts.ShopperAccount;
import org.mercato.domain.accounts.SignInLockout;

/** Shopper accounts in a map, with the store's case-insensitive uniqueness. */
final class InMemoryShopperAccounts implements ShopperAccountPort {

    final Map<UUID, ShopperAccount> accounts = new LinkedHashMap<>();

    @Override
    public boolean isRegistered(EmailAddress email) {
        return findByEmail(email).isPresent();
    }

    @Override
    public void add(ShopperAccount account) {
        if (isRegistered(account.email())) {
            throw new ConflictException("email-taken", "taken");
        }
        accounts.put(account.id(), account);
    }

    @Override
    public Optional<ShopperAccount> findByEmail(EmailAddress email) {
        return accounts.values().stream().filter(a -> a.email().normalized().equals(email.normalized())).findFirst();
    }

    @Override
    public Optional<ShopperAccount> findById(UUID id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public void saveSignInState(UUID id, SignInLockout.State state) {
        accounts.computeIfPresent(id, (k, a) -> new ShopperAccount(a.id(), a.email(), a.passwordHash(), a.name(), a.phone(),
                a.createdAt(), state));
    }

    @Override
    public void updateProfile(UUID id, String name, String phone) {
        accounts.computeIfPresent(id, (k, a) -> new ShopperAccount(a.id(), a.email(), a.passwordHash(), name, phone,
                a.createdAt(), a.signIn()));
    }
}
