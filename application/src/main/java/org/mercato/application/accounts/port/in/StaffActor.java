package org.mercato.application.accounts.port.in;

/**
 * The signed-in member of staff on whose behalf a use case runs, and the address the request came
 * from; both go into the audit trail.
 */
public record StaffActor(String username, String sourceAddress) {

    public StaffActor {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("an actor has a username");
        }
    }
}
