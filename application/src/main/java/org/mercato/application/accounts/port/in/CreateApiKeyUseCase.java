package org.mercato.application.accounts.port.in;

/** Issues an integrator API key (administrators only); the plain key is in the answer and nowhere else. */
public interface CreateApiKeyUseCase {

    IssuedApiKey create(CreateApiKeyCommand command);
}
