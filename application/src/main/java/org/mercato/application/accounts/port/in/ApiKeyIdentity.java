package org.mercato.application.accounts.port.in;

import java.util.Set;
import org.mercato.domain.accounts.ApiKeyScope;

/** The integrator behind a valid key: the key's name and what it may do. */
public record ApiKeyIdentity(String name, Set<ApiKeyScope> scopes) {

    public ApiKeyIdentity {
        scopes = Set.copyOf(scopes);
    }
}
