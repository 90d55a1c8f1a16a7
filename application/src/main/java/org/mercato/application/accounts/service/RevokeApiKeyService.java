package org.mercato.application.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.mercato.application.accounts.port.in.ApiKeySummary;
import org.mercato.application.accounts.port.in.RevokeApiKeyCommand;
import org.mercato.application.accounts.port.in.RevokeApiKeyUseCase;
import org.mercato.application.accounts.port.out.ApiKeyStore;
import org.mercato.application.accounts.port.out.StaffDirectory;
import org.mercato.application.audit.port.out.AuditLog;
import org.mercato.application.common.ConflictException;
import org.mercato.domain.accounts.ApiKey;
import org.mercato.domain.audit.AuditAction;
import org.mercato.domain.audit.AuditEvent;

@ApplicationScoped
@Transactional
public class RevokeApiKeyService implements RevokeApiKeyUseCase {

    private ApiKeyStore keys;
    private Administrators administrators;
    private AuditLog audit;
    private Clock clock;

    protected RevokeApiKeyService() {
        // for CDI client proxies
    }

    @Inject
    public RevokeApiKeyService(ApiKeyStore keys, StaffDirectory staff, AuditLog audit, Clock clock) {
        this.keys = keys;
        this.administrators = new Administrators(staff);
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ApiKeySummary revoke(RevokeApiKeyCommand command) {
        String administrator = administrators.require(command.actor()).username();
        ApiKey key = keys.findById(command.keyId()).orElseThrow(() -> Refusals.invalid("keyId", "no such API key"));
        if (key.isRevoked()) {
            throw alreadyRevoked(key);
        }
        ApiKey revoked = key.revokedBy(administrator, clock.instant());
        // Two administrators revoking at once: the store lets only one of them win.
        if (!keys.saveRevocation(key.id(), revoked.revocation().orElseThrow())) {
            throw alreadyRevoked(key);
        }
        audit.record(new AuditEvent(revoked.revocation().get().at(), administrator, AuditAction.API_KEY_REVOKED,
                "api-key " + key.prefix(), command.actor().sourceAddress(), true, "\"" + key.name() + "\""));
        return ApiKeySummary.of(revoked);
    }

    private static ConflictException alreadyRevoked(ApiKey key) {
        return new ConflictException("api-key-revoked", "the API key " + key.prefix() + " is already revoked");
    }
}
