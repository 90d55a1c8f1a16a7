package org.mercato.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every portal response, pages, resources and error pages alike.
 *
 * <p>The content security policy comes in two headers, and browsers enforce both. This one fixes what
 * holds for every response: no plugins, no foreign base URL, no framing, forms post only back to the
 * portal. PrimeFaces adds the second on Faces pages ({@code primefaces.CSP} in web.xml):
 * {@code script-src 'self'} plus a fresh nonce per response, and it moves the event handlers of its
 * components into nonce-carrying scripts. Styles stay unrestricted because PrimeFaces components set
 * inline styles.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY =
            "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        // Over plain HTTP the header would be ignored anyway, and must not pin a host that has no HTTPS.
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
