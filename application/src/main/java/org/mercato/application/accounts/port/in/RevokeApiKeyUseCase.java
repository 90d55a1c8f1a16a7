package org.mercato.application.accounts.port.in;

/**
 * Revokes an API key (administrators only). An unknown key is invalid input; one already revoked is a
 * conflict of type {@code api-key-revoked}.
 */
public interface RevokeApiKeyUseCase {

    ApiKeySummary revoke(RevokeApiKeyCommand command);
}
