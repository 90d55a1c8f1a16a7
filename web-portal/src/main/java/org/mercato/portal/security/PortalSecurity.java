package org.mercato.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Staff sign in with a Faces form ({@code /login.xhtml}); {@link StaffIdentityStore} checks the
 * credentials through the accounts use case. Which roles open which pages is declared in web.xml.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({PortalRoles.WAREHOUSE, PortalRoles.COURIER, PortalRoles.DELIVERY_MANAGER, PortalRoles.ADMIN})
@ApplicationScoped
public class PortalSecurity {
}
