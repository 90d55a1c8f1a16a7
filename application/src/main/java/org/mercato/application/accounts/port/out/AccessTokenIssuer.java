package org.mercato.application.accounts.port.out;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/** Issues signed bearer tokens that the REST adapter verifies on every request. */
@FunctionalInterface
public interface AccessTokenIssuer {

    AccessToken issue(UUID subject, String email, Set<String> groups);

    record AccessToken(String value, Duration validFor) {
    }
}
