package org.mercato.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.mercato.application.accounts.port.in.AuthenticateStaffUseCase;
import org.mercato.application.accounts.port.in.StaffSignIn;

/**
 * Jakarta Security's view of staff accounts: validation and roles come from the accounts use case.
 * A lockout is left in a request attribute so that the sign-in page can say why.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    public static final String LOCKED_UNTIL = "mercato.sign-in.locked-until";

    @Inject
    AuthenticateStaffUseCase authenticateStaff;
    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        StaffSignIn result = authenticateStaff.authenticate(login.getCaller(), login.getPasswordAsString(),
                request.getRemoteAddr());
        if (result instanceof StaffSignIn.SignedIn signedIn) {
            return new CredentialValidationResult(signedIn.staff().username(),
                    signedIn.staff().roles().stream().map(Enum::name).collect(Collectors.toSet()));
        }
        if (result instanceof StaffSignIn.Locked locked) {
            request.setAttribute(LOCKED_UNTIL, locked.until());
        }
        return CredentialValidationResult.INVALID_RESULT;
    }
}
