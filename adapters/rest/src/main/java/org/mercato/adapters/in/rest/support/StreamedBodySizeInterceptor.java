package org.mercato.adapters.in.rest.support;

import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Refuses a chunked body (no {@code Content-Length}) with 413 once it grows past the limit. Bodies are
 * small JSON documents, so reading up to the limit into memory is cheap and exact.
 */
@Provider
public class StreamedBodySizeInterceptor implements ReaderInterceptor {

    @Inject
    RequestBodyLimit limit;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        byte[] body = context.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit.maxBytes() + 1));
        if (limit.exceededBy(body.length)) {
            throw limit.tooLarge();
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}
