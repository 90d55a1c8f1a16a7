package org.mercato.application.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.mercato.application.accounts.port.in.ShopperProfile;
import org.mercato.application.accounts.port.in.UpdateMyProfileUseCase;
import org.mercato.application.accounts.port.out.ShopperAccountPort;

@ApplicationScoped
@Transactional
public class UpdateMyProfileService implements UpdateMyProfileUseCase {

    private ShopperAccountPort accounts;

    protected UpdateMyProfileService() {
        // for CDI client proxies
    }

    @Inject
    public UpdateMyProfileService(ShopperAccountPort accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<ShopperProfile> update(UpdateProfileCommand command) {
        return accounts.findById(command.shopperId()).map(account -> {
            String name = command.name().map(String::trim).orElse(account.name());
            String phone = command.phone().map(p -> p.isBlank() ? null : p.trim()).orElse(account.phone());
            accounts.updateProfile(account.id(), name, phone);
            return new ShopperProfile(account.id(), account.email().value(), name, phone, account.createdAt());
        });
    }
}
