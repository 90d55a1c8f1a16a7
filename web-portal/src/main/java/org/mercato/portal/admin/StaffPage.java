package org.mercato.portal.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mercato.application.accounts.port.in.ChangeStaffActivationCommand;
import org.mercato.application.accounts.port.in.ChangeStaffActivationUseCase;
import org.mercato.application.accounts.port.in.ChangeStaffRolesCommand;
import org.mercato.application.accounts.port.in.ChangeStaffRolesUseCase;
import org.mercato.application.accounts.port.in.ListStaffMembersUseCase;
import org.mercato.application.common.InvalidInputException;
import org.mercato.domain.accounts.StaffRole;

/** Staff accounts: roles, warehouse scope, active; an administrator edits one member at a time. */
@Named("staffAdmin")
@ViewScoped
public class StaffPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ListStaffMembersUseCase listStaff;
    @Inject
    ChangeStaffRolesUseCase changeRoles;
    @Inject
    ChangeStaffActivationUseCase changeActivation;

    private List<StaffRow> members;
    private StaffRow selected;
    private List<String> roles = new ArrayList<>();

    public List<StaffRow> getMembers() {
        if (members == null) {
            members = listStaff.listStaff().stream().map(StaffRow::new).toList();
        }
        return members;
    }

    public List<String> getRoleOptions() {
        return Arrays.stream(StaffRole.values()).map(Enum::name).toList();
    }

    public void edit(StaffRow member) {
        selected = member;
        roles = new ArrayList<>(member.getRoleList());
    }

    public void cancel() {
        selected = null;
        roles = new ArrayList<>();
    }

    public void saveRoles() {
        if (selected == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            changeRoles.changeRoles(new ChangeStaffRolesCommand(AdminRequests.actor(faces), selected.id(), selectedRoles()));
            AdminRequests.info(faces, "Roles of " + selected.getUsername()
                    + " saved. An open session of theirs ends at its next page.");
            reloadKeeping(selected);
        } catch (RuntimeException failure) {
            if (!AdminRequests.showRefusal(faces, failure)) {
                throw failure;
            }
        }
    }

    public void toggleActive() {
        if (selected == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean activate = !selected.isActive();
        try {
            changeActivation.changeActivation(
                    new ChangeStaffActivationCommand(AdminRequests.actor(faces), selected.id(), activate));
            AdminRequests.info(faces, selected.getUsername() + (activate
                    ? " may sign in again."
                    : " can no longer sign in; an open session of theirs ends at its next page."));
            reloadKeeping(selected);
        } catch (RuntimeException failure) {
            if (!AdminRequests.showRefusal(faces, failure)) {
                throw failure;
            }
        }
    }

    private void reloadKeeping(StaffRow edited) {
        members = null;
        selected = getMembers().stream().filter(m -> m.id().equals(edited.id())).findFirst().orElse(null);
        roles = selected == null ? new ArrayList<>() : new ArrayList<>(selected.getRoleList());
    }

    // Role names come back from the browser; anything that is not a role is refused like any bad input.
    private Set<StaffRole> selectedRoles() {
        Set<StaffRole> chosen = EnumSet.noneOf(StaffRole.class);
        for (String role : roles) {
            try {
                chosen.add(StaffRole.valueOf(role));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(List.of(
                        new InvalidInputException.FieldViolation("roles", "unknown role " + role)));
            }
        }
        return chosen;
    }

    public StaffRow getSelected() {
        return selected;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }
}
