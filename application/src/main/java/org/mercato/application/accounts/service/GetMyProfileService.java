package org.mercato.application.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.mercato.application.accounts.port.in.GetMyProfileUseCase;
import org.mercato.application.accounts.port.in.ShopperProfile;
import org.mercato.application.accounts.port.out.ShopperAccountPort;

@ApplicationScoped
@Transactional
public class GetMyProfileService implements GetMyProfileUseCase {

    private ShopperAccountPort accounts;

    protected GetMyProfileService() {
        // for CDI client proxies
    }

    @Inject
    public GetMyProfileService(ShopperAccountPort accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<ShopperProfile> myProfile(UUID shopperId) {
        return accounts.findById(shopperId).map(ShopperProfile::of);
    }
}
