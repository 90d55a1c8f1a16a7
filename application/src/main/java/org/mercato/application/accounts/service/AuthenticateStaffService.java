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
    private PasswordHasher hasher;
    private AuditLog audit;
    private SignInLockout lockout;
    private Clock clock;
    private String decoyHash;

    protected AuthenticateStaffService() {
        // for CDI client proxies
    }

    @Inject
    public AuthenticateStaffService(LoadStaffUserPort staff, PasswordHasher hasher, AuditLog audit,
            SignInLockout lockout, Clock clock) {
        this.staff = staff;
        this.hasher = hasher;
        this.audit = audit;
        this.lockout = lockout;
        this.clock = clock;
    }

    @Override
    public StaffSignIn authenticate(String username, String password, String sourceAddress) {
        if (username == null || username.isBlank() || password == null) {
            return new StaffSignIn.Refused();
        }
        String name = username.trim().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        Optional<StaffUser> found = staff.findByUsername(name);
        // An unknown name costs one hash check too, so response time does not reveal which names exist.
        boolean matches = hasher.matches(password, found.map(StaffUser::passwordHash).orElseGet(this::decoyHash));
        if (found.isEmpty()) {
            record(name, sourceAddress, false, "unknown user", now);
            return new StaffSignIn.Refused();
        }
        StaffUser user = found.get();
        if (user.signIn().isLockedAt(now)) {
            record(name, sourceAddress, false, "account locked", now);
            return new StaffSignIn.Locked(user.signIn().lockedUntil().orElseThrow());
        }
        if (matches && user.canSignIn()) {
            if (!user.signIn().equals(SignInLockout.State.CLEAR)) {
                staff.saveSignInState(user.id(), lockout.afterSuccess());
            }
            record(name, sourceAddress, true, null, now);
            return new StaffSignIn.SignedIn(
                    new AuthenticatedStaff(user.id(), user.username(), user.displayName(), user.roles(), user.warehouseScope()));
        }
        SignInLockout.State state = lockout.afterFailure(user.signIn(), now);
        staff.saveSignInState(user.id(), state);
        record(name, sourceAddress, false, matches ? "account disabled" : "wrong password", now);
        if (state.isLockedAt(now)) {
            audit.record(new AuditEvent(now, name, AuditAction.ACCOUNT_LOCKED, name, sourceAddress, true,
                    state.failures() + " failed sign-ins"));
            return new StaffSignIn.Locked(state.lockedUntil().orElseThrow());
        }
        return new StaffSignIn.Refused();
    }

    private void record(String username, String sourceAddress, boolean success, String detail, Instant at) {
        audit.record(new AuditEvent(at, username, AuditAction.STAFF_SIGN_IN, username, sourceAddress, success, detail));
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash("decoy-password-that-never-matches");
        }
        return decoyHash;
    }
}
