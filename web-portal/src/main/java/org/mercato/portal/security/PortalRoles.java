package org.mercato.portal.security;

import org.mercato.domain.accounts.StaffRole;

/** Role names as the servlet container sees them: exactly the names of {@link StaffRole}. */
public final class PortalRoles {
    public static final String WAREHOUSE = "WAREHOUSE";
    public static final String COURIER = "COURIER";
    public static final String DELIVERY_MANAGER = "DELIVERY_MANAGER";
    public static final String ADMIN = "ADMIN";

    private PortalRoles() {
    }
}
