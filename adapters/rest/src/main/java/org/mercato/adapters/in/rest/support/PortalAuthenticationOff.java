package org.mercato.adapters.in.rest.support;

import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Takes the staff portal's Jakarta Security form mechanism off the API. CDI in an EAR is one container,
 * so Jakarta Security finds the portal's mechanism bean from every WAR and registers its authentication
 * module for the API WAR too (ADR 0010), which then ran the portal's mechanism, JNDI look-ups included,
 * on every API request: a seventh of a cached product page's CPU, measured (ADR 0020). The API
 * authenticates with its own filters (bearer token, API key), so it needs no container mechanism at all.
 * Listeners start after the container initializers that register the module, so this comes after it.
 */
@WebListener
public class PortalAuthenticationOff implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        AuthConfigFactory factory = AuthConfigFactory.getFactory();
        if (factory != null) {
            factory.removeServerAuthModule(event.getServletContext());
        }
    }
}
