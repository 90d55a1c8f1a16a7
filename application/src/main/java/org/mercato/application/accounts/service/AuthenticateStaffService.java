package org.mercato.application.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.mercato.application.accounts.port.in.AuthenticateStaffUseCase;
import org.mercato.application.accounts.port.in.AuthenticatedStaff;
import org.mercato.application.accounts.port.in.StaffSignIn;
import org.mercato.application.accounts.port.out.LoadStaffUserPort;
import org.mercato.application.accounts.port.out.PasswordHasher;
import org.mercato.application.audit.port.out.AuditLog;
import org.mercato.domain.accounts.SignInLockout;
import org.mercato.domain.accounts.StaffUser;
import org.mercato.domain.audit.AuditAction;
import org.mercato.domain.audit.AuditEvent;

/**
 * Refusals return normally instead of throwing, so that the failure count and the audit entry of a
 * failed attempt are committed with it.
 */
@ApplicationScoped
@Transactional
public class AuthenticateStaffService implements AuthenticateStaffUseCase {

    private LoadStaffUserPort staff;
    private AuditLog audit;
    private Clock clock;
    private PasswordSignIn passwords;

    protected AuthenticateStaffService() {
        // for CDI client proxies
    }

    @Inject
    public AuthenticateStaffService(LoadStaffUserPort staff, PasswordHasher hasher, AuditLog audit,
            SignInLockout lockout, Clock clock) {
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
        this.passwords = new PasswordSignIn(hasher, lockout);
    }

    @Override
    public StaffSignIn authenticate(String username, String password, String sourceAddress) {
        if (username == null || username.isBlank() || password == null) {
            return new StaffSignIn.Refused();
        }
        String name = username.trim().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        Optional<StaffUser> found = staff.findByUsername(name);
        PasswordSignIn.Verdict verdict = passwords.attempt(
                found.map(u -> new PasswordSignIn.Account(u.passwordHash(), u.canSignIn(), u.signIn())), password, now, "unknown user");
        // Java 17 has no pattern matching in switch yet: an instanceof chain over the sealed verdicts.
        if (verdict instanceof PasswordSignIn.Accepted accepted) {
            StaffUser user = found.orElseThrow();
            if (accepted.clearFailures()) {
                staff.saveSignInState(user.id(), passwords.cleared());
            }
            record(AuditAction.STAFF_SIGN_IN, name, sourceAddress, true, null, now);
            return new StaffSignIn.SignedIn(new AuthenticatedStaff(
                    user.id(), user.username(), user.displayName(), user.roles(), user.warehouseScope()));
        }
        if (verdict instanceof PasswordSignIn.Locked locked) {
            record(AuditAction.STAFF_SIGN_IN, name, sourceAddress, false, "account locked", now);
            return new StaffSignIn.Locked(locked.until());
        }
        PasswordSignIn.Refused refused = (PasswordSignIn.Refused) verdict;
        refused.newState().ifPresent(state -> staff.saveSignInState(found.orElseThrow().id(), state));
        record(AuditAction.STAFF_SIGN_IN, name, sourceAddress, false, refused.reason(), now);
        if (refused.lockedNow()) {
            SignInLockout.State state = refused.newState().orElseThrow();
            record(AuditAction.ACCOUNT_LOCKED, name, sourceAddress, true, state.failures() + " failed sign-ins", now);
            return new StaffSignIn.Locked(state.lockedUntil().orElseThrow());
        }
        return new StaffSignIn.Refused();
    }

    private void record(AuditAction action, String username, String sourceAddress, boolean success, String detail, Instant at) {
        audit.record(new AuditEvent(at, username, action, username, sourceAddress, success, detail));
    }
}
