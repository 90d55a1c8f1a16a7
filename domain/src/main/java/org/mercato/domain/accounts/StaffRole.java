package org.mercato.domain.accounts;

/** What a staff member may do; the portals and endpoints each declare the roles they admit. */
public enum StaffRole {
    WAREHOUSE, COURIER, DELIVERY_MANAGER, ADMIN
}
