package org.mercato.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.mercato.application.accounts.port.in.CheckStaffStandingUseCase;
import org.mercato.domain.accounts.StaffRole;

/**
 * Ends a portal session whose holder has been deactivated or whose roles have changed since they signed
 * in: the session's roles were fixed at sign-in, and without this check a deactivated clerk could keep
 * working for as long as they kept the session alive. The check costs one indexed read per page
 * request; static resources are not checked.
 */
@WebFilter(filterName = "StaffStandingFilter", urlPatterns = "*.xhtml", asyncSupported = true)
public class StaffStandingFilter extends HttpFilter {

    static final String SIGN_IN_AGAIN = "/login.xhtml?accessChanged=true";
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    CheckStaffStandingUseCase checkStanding;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String username = request.getRemoteUser();
        if (username == null || request.getServletPath().startsWith(RESOURCES)
                || holdsCurrentRoles(request, checkStanding.currentRoles(username))) {
            chain.doFilter(request, response);
            return;
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String target = request.getContextPath() + SIGN_IN_AGAIN;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An Ajax request cannot follow an HTTP redirect; Faces' own partial-response redirect it can.
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(target);
        }
    }

    /** Whether the session grants exactly the roles the account holds now (none when it is deactivated). */
    static boolean holdsCurrentRoles(HttpServletRequest request, Optional<Set<StaffRole>> current) {
        if (current.isEmpty()) {
            return false;
        }
        for (StaffRole role : StaffRole.values()) {
            if (request.isUserInRole(role.name()) != current.get().contains(role)) {
                return false;
            }
        }
        return true;
    }
}
