package org.mercato.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.mercato.application.accounts.port.in.AuthenticateStaffUseCase;

/** Jakarta Security's view of staff accounts: validation and roles come from the accounts use case. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    AuthenticateStaffUseCase authenticateStaff;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return authenticateStaff.authenticate(login.getCaller(), login.getPasswordAsString())
                .map(staff -> new CredentialValidationResult(staff.username(),
                        staff.roles().stream().map(Enum::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
