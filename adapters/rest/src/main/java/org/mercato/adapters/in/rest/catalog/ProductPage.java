package org.mercato.adapters.in.rest.catalog;

import jakarta.json.bind.Jsonb;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.mercato.adapters.in.rest.support.EntityTags;
import org.mercato.application.catalog.port.in.ProductDetail;

/**
 * One product page as it goes on the wire, made once per cached page: the JSON, the same JSON gzipped
 * (a full-scale page of 500 SKUs is about 70 KB of JSON and 4.5 KB gzipped), and a strong entity tag
 * per encoding. The tags differ by encoding because a strong validator names exact bytes (RFC 9110
 * 8.8.1); both are derived from the JSON, so either one proves the client holds the current page.
 */
public record ProductPage(ProductDetail detail, byte[] json, byte[] gzip, String etag, String gzipEtag) {

    static ProductPage render(ProductDetail detail, Jsonb jsonb) {
        return of(detail, jsonb.toJson(ProductDetailJson.of(detail)).getBytes(StandardCharsets.UTF_8));
    }

    /** The page of these JSON bytes: gzipped and tagged. */
    static ProductPage of(ProductDetail detail, byte[] json) {
        String hash = hash(json);
        return new ProductPage(detail, json, gzip(json), '"' + hash + '"', "\"" + hash + "-gzip\"");
    }

    /** Whether an {@code If-None-Match} header names this page, in either encoding (weak comparison, RFC 9110 13.1.2). */
    public boolean matches(String ifNoneMatch) {
        return ifNoneMatch != null && EntityTags.anyMatches(ifNoneMatch, etag, gzipEtag);
    }

    private static String hash(byte[] json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            // 128 bits are plenty to tell versions of one page apart.
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static byte[] gzip(byte[] json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 8 + 64);
        // Compressed once per page version and sent many times: the best ratio is worth its time.
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
