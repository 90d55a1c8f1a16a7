package org.mercato.application.accounts.port.in;

import java.time.Instant;

/**
 * Signs a shopper in with e-mail and password and issues a bearer token. Rate limited per client
 * address and per account (429); repeated failures lock the account for a while; every attempt is audited.
 */
public interface IssueTokenUseCase {

    TokenIssue issue(IssueTokenCommand command);

    record IssueTokenCommand(String email, String password, String sourceAddress) {
        @Override
        public String toString() {
            return "IssueTokenCommand[email=" + email + ", sourceAddress=" + sourceAddress + "]";
        }
    }

    sealed interface TokenIssue {
    }

    record Issued(String accessToken, long expiresInSeconds) implements TokenIssue {
    }

    /** Unknown e-mail or wrong password: deliberately not told apart. */
    record Refused() implements TokenIssue {
    }

    record Locked(Instant until) implements TokenIssue {
    }
}
