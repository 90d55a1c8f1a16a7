package org.mercato.application.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.mercato.application.accounts.port.in.ApiKeyIdentity;
import org.mercato.application.accounts.port.in.AuthenticateApiKeyUseCase;
import org.mercato.application.accounts.port.out.ApiKeyStore;
import org.mercato.domain.accounts.ApiKey;
import org.mercato.domain.accounts.PlainApiKey;

@ApplicationScoped
@Transactional
public class AuthenticateApiKeyService implements AuthenticateApiKeyUseCase {

    /**
     * "Last used" is for administrators deciding whether a key is still needed; minute precision is
     * plenty, and it spares a feed that sends thousands of requests a write per request.
     */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private ApiKeyStore keys;
    private Clock clock;

    protected AuthenticateApiKeyService() {
        // for CDI client proxies
    }

    @Inject
    public AuthenticateApiKeyService(ApiKeyStore keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public Optional<ApiKeyIdentity> authenticate(String presentedKey) {
        Optional<PlainApiKey> presented = PlainApiKey.parse(presentedKey);
        if (presented.isEmpty()) {
            return Optional.empty();
        }
        Optional<ApiKey> found = keys.findByPrefix(presented.get().prefix());
        if (found.isEmpty() || !found.get().admits(presented.get())) {
            return Optional.empty();
        }
        ApiKey key = found.get();
        Instant now = clock.instant();
        if (key.lastUsedAt().map(last -> !last.plus(LAST_USED_PRECISION).isAfter(now)).orElse(true)) {
            keys.recordUse(key.id(), now);
        }
        return Optional.of(new ApiKeyIdentity(key.name(), key.scopes()));
    }
}
