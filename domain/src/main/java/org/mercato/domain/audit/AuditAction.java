package org.mercato.domain.audit;

/** What an audit event records. */
public enum AuditAction {
    SHOPPER_SIGN_IN,
    STAFF_SIGN_IN,
    ACCOUNT_LOCKED,
    STAFF_ROLES_CHANGED,
    STAFF_ACTIVATION_CHANGED,
    API_KEY_CREATED,
    API_KEY_REVOKED
}
