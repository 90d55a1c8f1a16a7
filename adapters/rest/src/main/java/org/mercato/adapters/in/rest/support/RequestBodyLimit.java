package org.mercato.adapters.in.rest.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The largest request body Mercato reads: {@code mercato.http.max-body-bytes} (default 1 MiB), or the
 * limit a resource method declares with {@link BodyLimit}.
 */
@ApplicationScoped
public class RequestBodyLimit {

    @Inject
    @ConfigProperty(name = "mercato.http.max-body-bytes", defaultValue = "1048576")
    long maxBytes;

    @Inject
    Config config;

    public long maxBytes() {
        return maxBytes;
    }

    /** The limit for the matched resource method; the default when none is matched. */
    public long maxBytesFor(ResourceInfo resource) {
        return declared(resource).map(limit -> config.getOptionalValue(limit.property(), Long.class).orElse(limit.defaultBytes()))
                .orElse(maxBytes);
    }

    /** Whether the matched method declares its own limit, which also means its body is streamed. */
    public boolean isDeclaredBy(ResourceInfo resource) {
        return declared(resource).isPresent();
    }

    private static java.util.Optional<BodyLimit> declared(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        return method == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(method.getAnnotation(BodyLimit.class));
    }

    public WebApplicationException tooLarge(long limit) {
        return new WebApplicationException("The request body is larger than " + limit + " bytes.",
                Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
}
