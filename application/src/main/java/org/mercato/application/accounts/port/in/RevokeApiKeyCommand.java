package org.mercato.application.accounts.port.in;

import java.util.Objects;
import java.util.UUID;
import org.mercato.application.common.Violations;

/** An administrator withdraws a key; integrators using it are refused from the next request on. */
public record RevokeApiKeyCommand(StaffActor actor, UUID keyId) {

    public RevokeApiKeyCommand {
        Objects.requireNonNull(actor, "actor");
        new Violations().check(keyId != null, "keyId", "name the key to revoke").throwIfAny();
    }
}
