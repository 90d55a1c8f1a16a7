package org.mercato.application.accounts;

import org.mercato.application.accounts.port.out.PasswordHasher;

/** Reversible on purpose: unit tests check the flow, the real hasher has its own test. */
final class FakePasswordHasher implements PasswordHasher {
    int checks;

    @Override
    public String hash(String rawPassword) {
        return "hashed:" + rawPassword;
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        checks++;
        return hash.equals("hashed:" + rawPassword);
    }
}
