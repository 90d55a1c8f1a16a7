package org.mercato.adapters.in.rest.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The largest request body Mercato reads ({@code mercato.http.max-body-bytes}, default 1 MiB). */
@ApplicationScoped
public class RequestBodyLimit {

    @Inject
    @ConfigProperty(name = "mercato.http.max-body-bytes", defaultValue = "1048576")
    long maxBytes;

    public long maxBytes() {
        return maxBytes;
    }

    public boolean exceededBy(long bytes) {
        return bytes > maxBytes;
    }

    public WebApplicationException tooLarge() {
        return new WebApplicationException("The request body is larger than " + maxBytes + " bytes.",
                Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
}
