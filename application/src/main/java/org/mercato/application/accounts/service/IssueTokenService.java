package org.mercato.application.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.mercato.application.accounts.port.in.IssueTokenUseCase;
import org.mercato.application.accounts.port.out.AccessTokenIssuer;
import org.mercato.application.accounts.port.out.PasswordHasher;
import org.mercato.application.accounts.port.out.ShopperAccountPort;
import org.mercato.application.audit.port.out.AuditLog;
import org.mercato.application.common.RateLimit;
import org.mercato.application.common.port.out.RateLimiter;
import org.mercato.domain.accounts.EmailAddress;
import org.mercato.domain.accounts.ShopperAccount;
import org.mercato.domain.accounts.SignInLockout;
import org.mercato.domain.audit.AuditAction;
import org.mercato.domain.audit.AuditEvent;

/**
 * Refusals return normally instead of throwing, so that the failure count and the audit entry of a
 * failed attempt are committed with it.
 */
@ApplicationScoped
@Transactional
public class IssueTokenService implements IssueTokenUseCase {

    /** The group every shopper token carries; REST resources for shoppers admit it. */
    public static final String SHOPPER_GROUP = "SHOPPER";

    private ShopperAccountPort accounts;
    private AccessTokenIssuer tokens;
    private RateLimiter rateLimiter;
    private AuditLog audit;
    private Clock clock;
    private PasswordSignIn passwords;

    protected IssueTokenService() {
        // for CDI client proxies
    }

    @Inject
    public IssueTokenService(ShopperAccountPort accounts, PasswordHasher hasher, AccessTokenIssuer tokens,
            RateLimiter rateLimiter, AuditLog audit, SignInLockout lockout, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.audit = audit;
        this.clock = clock;
        this.passwords = new PasswordSignIn(hasher, lockout);
    }

    @Override
    public TokenIssue issue(IssueTokenCommand command) {
        rateLimiter.acquire(RateLimit.SIGN_IN_PER_ADDRESS, String.valueOf(command.sourceAddress()));
        if (!EmailAddress.isValid(command.email()) || command.password() == null) {
            return new Refused();
        }
        EmailAddress email = new EmailAddress(command.email());
        rateLimiter.acquire(RateLimit.SIGN_IN_PER_ACCOUNT, email.normalized());
        Instant now = clock.instant();
        Optional<ShopperAccount> found = accounts.findByEmail(email);
        PasswordSignIn.Verdict verdict = passwords.attempt(
                found.map(a -> new PasswordSignIn.Account(a.passwordHash(), true, a.signIn())), command.password(), now, "unknown e-mail address");
        String actor = email.normalized();
        String target = found.map(a -> a.id().toString()).orElse(actor);
        // Java 17 has no pattern matching in switch yet: an instanceof chain over the sealed verdicts.
        if (verdict instanceof PasswordSignIn.Accepted accepted) {
            ShopperAccount account = found.orElseThrow();
            if (accepted.clearFailures()) {
                accounts.saveSignInState(account.id(), passwords.cleared());
            }
            record(AuditAction.SHOPPER_SIGN_IN, actor, target, command.sourceAddress(), true, null, now);
            AccessTokenIssuer.AccessToken token = tokens.issue(account.id(), account.email().value(), Set.of(SHOPPER_GROUP));
            return new Issued(token.value(), token.validFor().toSeconds());
        }
        if (verdict instanceof PasswordSignIn.Locked locked) {
            record(AuditAction.SHOPPER_SIGN_IN, actor, target, command.sourceAddress(), false, "account locked", now);
            return new Locked(locked.until());
        }
        PasswordSignIn.Refused refused = (PasswordSignIn.Refused) verdict;
        refused.newState().ifPresent(state -> accounts.saveSignInState(found.orElseThrow().id(), state));
        record(AuditAction.SHOPPER_SIGN_IN, actor, target, command.sourceAddress(), false, refused.reason(), now);
        if (refused.lockedNow()) {
            SignInLockout.State state = refused.newState().orElseThrow();
            record(AuditAction.ACCOUNT_LOCKED, actor, target, command.sourceAddress(), true,
                    state.failures() + " failed sign-ins", now);
            return new Locked(state.lockedUntil().orElseThrow());
        }
        return new Refused();
    }

    private void record(AuditAction action, String actor, String target, String source, boolean success, String detail,
            Instant at) {
        audit.record(new AuditEvent(at, actor, action, target, source, success, detail));
    }
}
