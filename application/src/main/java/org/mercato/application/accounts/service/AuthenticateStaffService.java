package org.mercato.application.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.mercato.application.accounts.port.in.AuthenticateStaffUseCase;
import org.mercato.application.accounts.port.in.AuthenticatedStaff;
import org.mercato.application.accounts.port.out.LoadStaffUserPort;
import org.mercato.application.accounts.port.out.PasswordHasher;
import org.mercato.domain.accounts.StaffUser;

@ApplicationScoped
@Transactional
public class AuthenticateStaffService implements AuthenticateStaffUseCase {

    private LoadStaffUserPort staff;
    private PasswordHasher hasher;
    private String decoyHash;

    protected AuthenticateStaffService() {
        // for CDI client proxies
    }

    @Inject
    public AuthenticateStaffService(LoadStaffUserPort staff, PasswordHasher hasher) {
        this.staff = staff;
        this.hasher = hasher;
    }

    @Override
    public Optional<AuthenticatedStaff> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<StaffUser> user = staff.findByUsername(username.trim().toLowerCase(java.util.Locale.ROOT));
        // An unknown name costs one hash check too, so response time does not reveal which names exist.
        String hash = user.map(StaffUser::passwordHash).orElseGet(this::decoyHash);
        boolean matches = hasher.matches(password, hash);
        return user.filter(u -> matches && u.canSignIn())
                .map(u -> new AuthenticatedStaff(u.id(), u.username(), u.displayName(), u.roles(), u.warehouseScope()));
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash("decoy-password-that-never-matches");
        }
        return decoyHash;
    }
}
