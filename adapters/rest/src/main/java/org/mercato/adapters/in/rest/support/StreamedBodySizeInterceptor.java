package org.mercato.adapters.in.rest.support;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a chunked body (no {@code Content-Length}) with 413 once it grows past the limit. Most bodies
 * are small JSON documents, so reading up to the limit into memory is cheap and exact; a method with a
 * {@link BodyLimit} of its own (a feed file) gets the stream, counted as it is read.
 */
@Provider
public class StreamedBodySizeInterceptor implements ReaderInterceptor {

    @Inject
    RequestBodyLimit limit;

    @Context
    ResourceInfo resource;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long max = limit.maxBytesFor(resource);
        if (limit.isDeclaredBy(resource)) {
            context.setInputStream(new Bounded(context.getInputStream(), max, limit));
            return context.proceed();
        }
        byte[] body = context.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (body.length > max) {
            throw limit.tooLarge(max);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** Throws 413 as soon as more than {@code max} bytes have been read. */
    static final class Bounded extends FilterInputStream {
        private final long max;
        private final RequestBodyLimit limit;
        private long read;

        Bounded(InputStream in, long max, RequestBodyLimit limit) {
            super(in);
            this.max = max;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > max) {
                throw limit.tooLarge(max);
            }
        }
    }
}
