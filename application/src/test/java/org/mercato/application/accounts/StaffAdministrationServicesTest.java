package org.mercato.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mercato.application.accounts.port.in.ChangeStaffActivationCommand;
import org.mercato.application.accounts.port.in.ChangeStaffRolesCommand;
import org.mercato.application.accounts.port.in.StaffActor;
import org.mercato.application.accounts.port.in.StaffMember;
import org.mercato.application.accounts.service.ChangeStaffActivationService;
import org.mercato.application.accounts.service.ChangeStaffRolesService;
import org.mercato.application.accounts.service.CheckStaffStandingService;
import org.mercato.application.accounts.service.ListStaffMembersService;
import org.mercato.application.common.AccessDeniedException;
import org.mercato.application.common.InvalidInputException;
import org.mercato.domain.accounts.StaffRole;
import org.mercato.domain.audit.AuditAction;
import org.mercato.domain.audit.AuditEvent;

class StaffAdministrationServicesTest {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    private final InMemoryStaffDirectory staff = new InMemoryStaffDirectory();
    private final List<AuditEvent> audit = new ArrayList<>();
    private final StaffActor admin = new StaffActor("admin", "192.0.2.10");

    private final ChangeStaffRolesService changeRoles = new ChangeStaffRolesService(staff, audit::add, clock);
    private final ChangeStaffActivationService changeActivation = new ChangeStaffActivationService(staff, audit::add, clock);
    private final ListStaffMembersService list = new ListStaffMembersService(staff);

    @Test
    void an_administrator_changes_a_couriers_roles_and_the_change_is_audited_from_and_to() {
        StaffMember changed = changeRoles.changeRoles(new ChangeStaffRolesCommand(admin, staff.courier.id(),
                EnumSet.of(StaffRole.COURIER, StaffRole.DELIVERY_MANAGER)));

        assertThat(changed.roles()).containsExactlyInAnyOrder(StaffRole.COURIER, StaffRole.DELIVERY_MANAGER);
        assertThat(staff.current(staff.courier).roles()).isEqualTo(changed.roles());
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.STAFF_ROLES_CHANGED);
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.target()).isEqualTo("courier");
            assertThat(e.sourceAddress()).isEqualTo("192.0.2.10");
            assertThat(e.at()).isEqualTo(now);
            assertThat(e.detail()).isEqualTo("roles [COURIER] → [COURIER, DELIVERY_MANAGER]");
        });
    }

    @Test
    void setting_the_roles_someone_already_has_changes_and_records_nothing() {
        changeRoles.changeRoles(new ChangeStaffRolesCommand(admin, staff.courier.id(), Set.of(StaffRole.COURIER)));
        assertThat(audit).isEmpty();
    }

    @Test
    void an_administrator_cannot_take_their_own_admin_role_but_may_change_their_others() {
        assertThatThrownBy(() -> changeRoles.changeRoles(
                new ChangeStaffRolesCommand(admin, staff.admin.id(), Set.of(StaffRole.WAREHOUSE))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(InvalidInputException.FieldViolation::field)
                                .containsExactly("roles"));
        assertThat(staff.current(staff.admin).roles()).contains(StaffRole.ADMIN);

        changeRoles.changeRoles(new ChangeStaffRolesCommand(admin, staff.admin.id(), Set.of(StaffRole.ADMIN)));
        assertThat(staff.current(staff.admin).roles()).containsExactly(StaffRole.ADMIN);
    }

    @Test
    void another_administrator_may_take_the_admin_role_away() {
        changeRoles.changeRoles(new ChangeStaffRolesCommand(admin, staff.secondAdmin.id(), Set.of(StaffRole.WAREHOUSE)));
        assertThat(staff.current(staff.secondAdmin).roles()).containsExactly(StaffRole.WAREHOUSE);
    }

    @Test
    void an_administrator_cannot_deactivate_themselves() {
        assertThatThrownBy(() -> changeActivation.changeActivation(
                new ChangeStaffActivationCommand(admin, staff.admin.id(), false)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(InvalidInputException.FieldViolation::field)
                                .containsExactly("active"));
        assertThat(staff.current(staff.admin).active()).isTrue();
        assertThat(audit).isEmpty();
    }

    @Test
    void deactivating_and_reactivating_a_courier_is_audited_each_time() {
        assertThat(changeActivation.changeActivation(new ChangeStaffActivationCommand(admin, staff.courier.id(), false))
                .active()).isFalse();
        assertThat(staff.current(staff.courier).active()).isFalse();
        changeActivation.changeActivation(new ChangeStaffActivationCommand(admin, staff.courier.id(), false));
        changeActivation.changeActivation(new ChangeStaffActivationCommand(admin, staff.courier.id(), true));

        assertThat(audit).extracting(AuditEvent::detail).containsExactly("active → inactive", "inactive → active");
        assertThat(audit).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.STAFF_ACTIVATION_CHANGED);
            assertThat(e.target()).isEqualTo("courier");
        });
    }

    @Test
    void only_an_active_administrator_may_change_staff() {
        for (String who : List.of("courier", "retired", "ghost")) {
            StaffActor actor = new StaffActor(who, null);
            assertThatThrownBy(() -> changeRoles.changeRoles(
                    new ChangeStaffRolesCommand(actor, staff.courier.id(), EnumSet.allOf(StaffRole.class))))
                    .as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> changeActivation.changeActivation(
                    new ChangeStaffActivationCommand(actor, staff.admin.id(), false)))
                    .as(who).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(staff.current(staff.courier).roles()).containsExactly(StaffRole.COURIER);
        assertThat(audit).isEmpty();
    }

    @Test
    void unknown_staff_and_empty_role_sets_are_invalid_input() {
        assertThatThrownBy(() -> changeRoles.changeRoles(
                new ChangeStaffRolesCommand(admin, UUID.randomUUID(), Set.of(StaffRole.COURIER))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new ChangeStaffRolesCommand(admin, staff.courier.id(), Set.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new ChangeStaffRolesCommand(admin, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).hasSize(2));
        assertThatThrownBy(() -> changeActivation.changeActivation(
                new ChangeStaffActivationCommand(admin, UUID.randomUUID(), true)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_standing_of_a_member_follows_role_changes_and_ends_with_deactivation() {
        CheckStaffStandingService standing = new CheckStaffStandingService(staff);
        assertThat(standing.currentRoles("courier")).contains(Set.of(StaffRole.COURIER));
        changeRoles.changeRoles(new ChangeStaffRolesCommand(admin, staff.courier.id(),
                Set.of(StaffRole.COURIER, StaffRole.DELIVERY_MANAGER)));
        assertThat(standing.currentRoles("courier")).contains(Set.of(StaffRole.COURIER, StaffRole.DELIVERY_MANAGER));
        changeActivation.changeActivation(new ChangeStaffActivationCommand(admin, staff.courier.id(), false));
        assertThat(standing.currentRoles("courier")).isEmpty();
        assertThat(standing.currentRoles("retired")).isEmpty();
        assertThat(standing.currentRoles("nobody")).isEmpty();
        assertThat(standing.currentRoles(null)).isEmpty();
    }

    @Test
    void staff_are_listed_by_username() {
        assertThat(list.listStaff()).extracting(StaffMember::username)
                .containsExactly("admin", "courier", "retired", "root");
    }
}
