package org.mercato.application.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.mercato.application.accounts.port.in.RegisterShopperCommand;
import org.mercato.application.accounts.port.in.RegisterShopperUseCase;
import org.mercato.application.accounts.port.in.ShopperProfile;
import org.mercato.application.accounts.port.out.PasswordHasher;
import org.mercato.application.accounts.port.out.ShopperAccountPort;
import org.mercato.application.common.ConflictException;
import org.mercato.application.common.RateLimit;
import org.mercato.application.common.port.out.RateLimiter;
import org.mercato.domain.accounts.EmailAddress;
import org.mercato.domain.accounts.ShopperAccount;

@ApplicationScoped
@Transactional
public class RegisterShopperService implements RegisterShopperUseCase {

    private ShopperAccountPort accounts;
    private PasswordHasher hasher;
    private Clock clock;
    private RateLimiter rateLimiter;

    protected RegisterShopperService() {
        // for CDI client proxies
    }

    @Inject
    public RegisterShopperService(ShopperAccountPort accounts, PasswordHasher hasher, Clock clock, RateLimiter rateLimiter) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
        this.rateLimiter = rateLimiter;
    }

    @Override
    public ShopperProfile register(RegisterShopperCommand command) {
        EmailAddress email = new EmailAddress(command.email());
        rateLimiter.acquire(RateLimit.REGISTRATION_PER_ADDRESS, String.valueOf(command.sourceAddress()));
        rateLimiter.acquire(RateLimit.REGISTRATION_PER_ACCOUNT, email.normalized());
        if (accounts.isRegistered(email)) {
            throw new ConflictException("email-taken", "an account with this e-mail address already exists");
        }
        ShopperAccount account = new ShopperAccount(UUID.randomUUID(), email, hasher.hash(command.password()),
                command.name(), command.phone(), clock.instant());
        accounts.add(account);
        return ShopperProfile.of(account);
    }
}
