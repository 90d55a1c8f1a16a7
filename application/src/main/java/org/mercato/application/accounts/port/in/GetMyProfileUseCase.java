package org.mercato.application.accounts.port.in;

import java.util.Optional;
import java.util.UUID;

/** The signed-in shopper's own account; empty when it no longer exists. */
public interface GetMyProfileUseCase {

    Optional<ShopperProfile> myProfile(UUID shopperId);
}
