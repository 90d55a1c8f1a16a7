package org.mercato.adapters.in.rest.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a resource method its own request body limit instead of {@code mercato.http.max-body-bytes}:
 * the setting named by {@link #property()}, or {@link #defaultBytes()} when it is not set. Such bodies
 * are streamed to the resource and counted as they are read, never held in memory by the limit check.
 * The server's own {@code max-post-size} must be at least as large.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {

    String property();

    long defaultBytes();
}
