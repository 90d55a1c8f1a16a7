package org.mercato.application.accounts.port.out;

/** A salted, deliberately slow one-way hash; the raw password never leaves the use case otherwise. */
public interface PasswordHasher {

    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);
}
