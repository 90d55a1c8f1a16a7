package org.mercato.application.accounts.port.in;

import java.util.List;

/** Every API key ever issued, newest first, revoked ones included. */
@FunctionalInterface
public interface ListApiKeysUseCase {

    List<ApiKeySummary> listApiKeys();
}
