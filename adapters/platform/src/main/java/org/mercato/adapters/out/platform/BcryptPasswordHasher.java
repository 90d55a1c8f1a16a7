package org.mercato.adapters.out.platform;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mercato.application.accounts.port.out.PasswordHasher;

/**
 * bcrypt (2b) with a configurable cost ({@code mercato.password.bcrypt-cost}, default 11). Passwords
 * longer than bcrypt's 72 bytes are pre-hashed with SHA-512 instead of being silently truncated.
 */
@ApplicationScoped
public class BcryptPasswordHasher implements PasswordHasher {

    private int cost;
    private BCrypt.Hasher hasher;
    private BCrypt.Verifyer verifier;

    protected BcryptPasswordHasher() {
        // for CDI client proxies
    }

    @Inject
    public BcryptPasswordHasher(@ConfigProperty(name = "mercato.password.bcrypt-cost", defaultValue = "11") int cost) {
        if (cost < 10 || cost > 16) {
            throw new IllegalArgumentException("mercato.password.bcrypt-cost must be between 10 and 16, was " + cost);
        }
        this.cost = cost;
        this.hasher = BCrypt.with(BCrypt.Version.VERSION_2B, LongPasswordStrategies.hashSha512(BCrypt.Version.VERSION_2B));
        this.verifier = BCrypt.verifyer(BCrypt.Version.VERSION_2B, LongPasswordStrategies.hashSha512(BCrypt.Version.VERSION_2B));
    }

    @Override
    public String hash(String rawPassword) {
        return hasher.hashToString(cost, rawPassword.toCharArray());
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        if (rawPassword == null || hash == null || !hash.startsWith("$2")) {
            return false;
        }
        return verifier.verify(rawPassword.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }
}
