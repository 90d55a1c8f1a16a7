package org.mercato.application.accounts.port.in;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.mercato.application.common.Violations;
import org.mercato.domain.accounts.ApiKey;
import org.mercato.domain.accounts.ApiKeyScope;

/** An administrator asks for a new integrator key: a name to recognise it by and what it may do. */
public record CreateApiKeyCommand(StaffActor actor, String name, Set<ApiKeyScope> scopes) {

    public CreateApiKeyCommand {
        Objects.requireNonNull(actor, "actor");
        new Violations()
                .check(ApiKey.nameProblem(name).isEmpty(), "name", ApiKey.nameProblem(name).orElse(""))
                .check(scopes != null && !scopes.isEmpty(), "scopes", "choose at least one scope")
                .throwIfAny();
        name = name.strip();
        scopes = Set.copyOf(EnumSet.copyOf(scopes));
    }
}
