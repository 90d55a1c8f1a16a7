package org.mercato.application.accounts.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mercato.domain.accounts.SignInLockout;

/** The sign-in lockout rule from configuration, shared by shopper and staff sign-in. */
@ApplicationScoped
public class SignInPolicy {

    // Dependent scope: a record is final and cannot stand behind a client proxy.
    @Produces
    SignInLockout lockout(
            @ConfigProperty(name = "mercato.login.max-failures", defaultValue = "5") int maxFailures,
            @ConfigProperty(name = "mercato.login.lock-duration", defaultValue = "PT15M") Duration lockDuration) {
        return new SignInLockout(maxFailures, lockDuration);
    }
}
