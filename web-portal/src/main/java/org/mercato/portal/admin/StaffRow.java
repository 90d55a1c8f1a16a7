package org.mercato.portal.admin;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.mercato.application.accounts.port.in.StaffMember;

/** A member of staff as the staff administration page lists them. */
public final class StaffRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String username;
    private final String displayName;
    private final List<String> roles;
    private final String warehouseScope;
    private final boolean active;

    StaffRow(StaffMember member) {
        this.id = member.id();
        this.username = member.username();
        this.displayName = member.displayName();
        this.roles = member.roles().stream().sorted().map(Enum::name).toList();
        this.warehouseScope = member.warehouseScope().map(w -> w.code() + " (" + w.name() + ")").orElse("all warehouses");
        this.active = member.active();
    }

    UUID id() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public List<String> getRoleList() {
        return roles;
    }

    public String getRoles() {
        return String.join(", ", roles);
    }

    public String getWarehouseScope() {
        return warehouseScope;
    }

    public boolean isActive() {
        return active;
    }
}
