package org.mercato.application.storage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mercato.application.storage.port.out.ObjectKey;

/**
 * Where clients fetch public objects (keys under {@code public/}). With {@code mercato.storage.cdn-base-url}
 * set, {@code <cdn-base-url>/<path below public/>}; otherwise Mercato serves them itself at
 * {@value #MERCATO_MEDIA_PATH}{@code /<path below public/>}, a path relative to the server. A CDN's origin is
 * either that Mercato path or, with S3, the bucket's {@code public/} prefix: both hold the same paths.
 * Private keys get no URL at all.
 */
@ApplicationScoped
public class PublicObjectUrls {

    public static final String MERCATO_MEDIA_PATH = "/api/v1/media";

    private String base;

    protected PublicObjectUrls() {
        // for CDI client proxies
    }

    @Inject
    public PublicObjectUrls(@ConfigProperty(name = "mercato.storage.cdn-base-url") Optional<String> cdnBaseUrl) {
        this.base = cdnBaseUrl.map(String::trim).filter(url -> !url.isEmpty())
                .map(PublicObjectUrls::checkedCdnBase)
                .orElse(MERCATO_MEDIA_PATH);
    }

    /** Creates the bean while the application deploys, so a malformed CDN URL stops the deployment. */
    void checkConfigurationAtStartup(@Observes Startup startup) {
        // the constructor has checked it
    }

    /** The URL of a public object; asking for a private key's URL is a programming error. */
    public String urlOf(ObjectKey key) {
        if (!key.isPublic()) {
            throw new IllegalArgumentException("private objects have no public URL: " + key);
        }
        // Keys consist of URL-safe characters only, so they need no encoding.
        return base + "/" + key.publicPath();
    }

    private static String checkedCdnBase(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw invalidCdnBase(url);
        }
        boolean http = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
        if (!http || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null) {
            throw invalidCdnBase(url);
        }
        return url.replaceAll("/+$", "");
    }

    private static IllegalArgumentException invalidCdnBase(String url) {
        return new IllegalArgumentException("mercato.storage.cdn-base-url must be an absolute http(s) URL without"
                + " user info, query or fragment, such as https://cdn.example.com/media; was " + url);
    }
}
