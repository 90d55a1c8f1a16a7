package org.mercato.adapters.in.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST contract of API.md. The WAR's context root is {@code /api}, so every path is below {@code /api/v1}. */
@ApplicationPath("/v1")
@OpenAPIDefinition(info = @Info(
        title = "Mercato",
        version = "1",
        description = "Order processing for online marketplaces. Money is integer minor units plus an ISO 4217 "
                + "currency; errors are RFC 9457 problem details.",
        license = @License(name = "Apache-2.0")),
        components = @Components(securitySchemes = @SecurityScheme(securitySchemeName = "bearer",
                type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")))
public class MercatoApi extends Application {
}
