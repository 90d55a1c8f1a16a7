package org.mercato.application.accounts.port.in;

import java.util.Optional;

/**
 * Who presents this key: empty for anything that is not a live key (malformed, unknown, wrong secret,
 * revoked), without saying which, so that the answer teaches a guesser nothing.
 */
@FunctionalInterface
public interface AuthenticateApiKeyUseCase {

    Optional<ApiKeyIdentity> authenticate(String presentedKey);
}
