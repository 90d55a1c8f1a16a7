package org.mercato.application.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import org.mercato.application.accounts.port.in.CheckStaffStandingUseCase;
import org.mercato.application.accounts.port.in.StaffMember;
import org.mercato.application.accounts.port.out.StaffDirectory;
import org.mercato.domain.accounts.StaffRole;

@ApplicationScoped
@Transactional
public class CheckStaffStandingService implements CheckStaffStandingUseCase {

    private StaffDirectory staff;

    protected CheckStaffStandingService() {
        // for CDI client proxies
    }

    @Inject
    public CheckStaffStandingService(StaffDirectory staff) {
        this.staff = staff;
    }

    @Override
    public Optional<Set<StaffRole>> currentRoles(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return staff.findByUsername(username).filter(StaffMember::active).map(StaffMember::roles);
    }
}
