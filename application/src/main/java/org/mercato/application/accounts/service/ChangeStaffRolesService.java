package org.mercato.application.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import org.mercato.application.accounts.port.in.ChangeStaffRolesCommand;
import org.mercato.application.accounts.port.in.ChangeStaffRolesUseCase;
import org.mercato.application.accounts.port.in.StaffMember;
import org.mercato.application.accounts.port.out.StaffDirectory;
import org.mercato.application.audit.port.out.AuditLog;
import org.mercato.domain.accounts.StaffRole;
import org.mercato.domain.audit.AuditAction;
import org.mercato.domain.audit.AuditEvent;

@ApplicationScoped
@Transactional
public class ChangeStaffRolesService implements ChangeStaffRolesUseCase {

    private StaffDirectory staff;
    private Administrators administrators;
    private AuditLog audit;
    private Clock clock;

    protected ChangeStaffRolesService() {
        // for CDI client proxies
    }

    @Inject
    public ChangeStaffRolesService(StaffDirectory staff, AuditLog audit, Clock clock) {
        this.staff = staff;
        this.administrators = new Administrators(staff);
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public StaffMember changeRoles(ChangeStaffRolesCommand command) {
        StaffMember administrator = administrators.require(command.actor());
        StaffMember member = staff.findById(command.staffUserId())
                .orElseThrow(() -> Refusals.invalid("staffUserId", "no such member of staff"));
        if (member.id().equals(administrator.id()) && !command.roles().contains(StaffRole.ADMIN)) {
            throw Refusals.invalid("roles", "you cannot remove your own ADMIN role; ask another administrator");
        }
        if (member.roles().equals(command.roles())) {
            return member;
        }
        staff.saveRoles(member.id(), command.roles());
        audit.record(new AuditEvent(clock.instant(), administrator.username(), AuditAction.STAFF_ROLES_CHANGED,
                member.username(), command.actor().sourceAddress(), true,
                "roles " + describe(member.roles()) + " → " + describe(command.roles())));
        return new StaffMember(member.id(), member.username(), member.displayName(), command.roles(),
                member.warehouseScope(), member.active());
    }

    static String describe(Collection<StaffRole> roles) {
        return roles.stream().sorted().map(StaffRole::name).toList().toString();
    }
}
