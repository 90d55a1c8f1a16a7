package org.mercato.application.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.mercato.application.accounts.port.in.ChangeStaffActivationCommand;
import org.mercato.application.accounts.port.in.ChangeStaffActivationUseCase;
import org.mercato.application.accounts.port.in.StaffMember;
import org.mercato.application.accounts.port.out.StaffDirectory;
import org.mercato.application.audit.port.out.AuditLog;
import org.mercato.domain.audit.AuditAction;
import org.mercato.domain.audit.AuditEvent;

@ApplicationScoped
@Transactional
public class ChangeStaffActivationService implements ChangeStaffActivationUseCase {

    private StaffDirectory staff;
    private Administrators administrators;
    private AuditLog audit;
    private Clock clock;

    protected ChangeStaffActivationService() {
        // for CDI client proxies
    }

    @Inject
    public ChangeStaffActivationService(StaffDirectory staff, AuditLog audit, Clock clock) {
        this.staff = staff;
        this.administrators = new Administrators(staff);
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public StaffMember changeActivation(ChangeStaffActivationCommand command) {
        StaffMember administrator = administrators.require(command.actor());
        StaffMember member = staff.findById(command.staffUserId())
                .orElseThrow(() -> Refusals.invalid("staffUserId", "no such member of staff"));
        if (member.id().equals(administrator.id()) && !command.active()) {
            throw Refusals.invalid("active", "you cannot deactivate your own account");
        }
        if (member.active() == command.active()) {
            return member;
        }
        staff.saveActive(member.id(), command.active());
        audit.record(new AuditEvent(clock.instant(), administrator.username(), AuditAction.STAFF_ACTIVATION_CHANGED,
                member.username(), command.actor().sourceAddress(), true,
                state(member.active()) + " → " + state(command.active())));
        return new StaffMember(member.id(), member.username(), member.displayName(), member.roles(),
                member.warehouseScope(), command.active());
    }

    private static String state(boolean active) {
        return active ? "active" : "inactive";
    }
}
