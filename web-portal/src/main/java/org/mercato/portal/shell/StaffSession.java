package org.mercato.portal.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.mercato.portal.security.PortalRoles;

/** Who is signed in, which portals they may open, and sign-out. */
@Named
@RequestScoped
public class StaffSession {

    @Inject
    SecurityContext securityContext;
    @Inject
    FacesContext faces;

    /** The signed-in staff member, or null for a visitor (whose principal would be "anonymous"). */
    public String getUsername() {
        return faces.getExternalContext().getRemoteUser();
    }

    public boolean isWarehouseStaff() {
        return securityContext.isCallerInRole(PortalRoles.WAREHOUSE) || securityContext.isCallerInRole(PortalRoles.ADMIN);
    }

    public boolean isDeliveryStaff() {
        return securityContext.isCallerInRole(PortalRoles.COURIER)
                || securityContext.isCallerInRole(PortalRoles.DELIVERY_MANAGER)
                || securityContext.isCallerInRole(PortalRoles.ADMIN);
    }

    public boolean isAdministrator() {
        return securityContext.isCallerInRole(PortalRoles.ADMIN);
    }

    /** The staff home: straight into the one portal a user has, a choice for those with both. */
    public void openHome() throws IOException {
        ExternalContext external = faces.getExternalContext();
        String base = external.getRequestContextPath();
        if (isWarehouseStaff() && !isDeliveryStaff()) {
            external.redirect(base + "/warehouse/index.xhtml");
        } else if (isDeliveryStaff() && !isWarehouseStaff()) {
            external.redirect(base + "/delivery/index.xhtml");
        }
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}
