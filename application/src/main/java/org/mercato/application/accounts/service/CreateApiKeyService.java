package org.mercato.application.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.mercato.application.accounts.port.in.ApiKeySummary;
import org.mercato.application.accounts.port.in.CreateApiKeyCommand;
import org.mercato.application.accounts.port.in.CreateApiKeyUseCase;
import org.mercato.application.accounts.port.in.IssuedApiKey;
import org.mercato.application.accounts.port.out.ApiKeyStore;
import org.mercato.application.accounts.port.out.StaffDirectory;
import org.mercato.application.audit.port.out.AuditLog;
import org.mercato.domain.accounts.ApiKey;
import org.mercato.domain.accounts.ApiKeyScope;
import org.mercato.domain.accounts.PlainApiKey;
import org.mercato.domain.audit.AuditAction;
import org.mercato.domain.audit.AuditEvent;

@ApplicationScoped
@Transactional
public class CreateApiKeyService implements CreateApiKeyUseCase {

    // 36^8 prefixes make a clash rare; a few draws make a failure out of the question.
    private static final int PREFIX_ATTEMPTS = 5;

    private ApiKeyStore keys;
    private Administrators administrators;
    private AuditLog audit;
    private Clock clock;
    private RandomGenerator random;

    protected CreateApiKeyService() {
        // for CDI client proxies
    }

    @Inject
    public CreateApiKeyService(ApiKeyStore keys, StaffDirectory staff, AuditLog audit, Clock clock) {
        this(keys, staff, audit, clock, new SecureRandom());
    }

    public CreateApiKeyService(ApiKeyStore keys, StaffDirectory staff, AuditLog audit, Clock clock,
            RandomGenerator random) {
        this.keys = keys;
        this.administrators = new Administrators(staff);
        this.audit = audit;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public IssuedApiKey create(CreateApiKeyCommand command) {
        String administrator = administrators.require(command.actor()).username();
        PlainApiKey plain = newKeyWithFreePrefix();
        ApiKey key = ApiKey.issue(UUID.randomUUID(), command.name(), plain, command.scopes(), administrator,
                clock.instant());
        keys.add(key);
        audit.record(new AuditEvent(key.createdAt(), administrator, AuditAction.API_KEY_CREATED,
                "api-key " + key.prefix(), command.actor().sourceAddress(), true,
                "\"" + key.name() + "\" scopes " + key.scopes().stream().map(ApiKeyScope::name).sorted().toList()));
        return new IssuedApiKey(ApiKeySummary.of(key), plain.reveal());
    }

    private PlainApiKey newKeyWithFreePrefix() {
        for (int attempt = 1; ; attempt++) {
            PlainApiKey candidate = PlainApiKey.generate(random);
            if (!keys.prefixInUse(candidate.prefix()) || attempt == PREFIX_ATTEMPTS) {
                // After the last attempt the store's unique prefix constraint has the final word.
                return candidate;
            }
        }
    }
}
