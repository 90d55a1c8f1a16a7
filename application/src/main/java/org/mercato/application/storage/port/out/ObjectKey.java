package org.mercato.application.storage.port.out;

import java.util.List;
import java.util.regex.Pattern;
import org.mercato.application.common.Violations;

/**
 * Where an object is stored: slash-separated segments such as {@code public/products/<id>/<uuid>.jpg}.
 *
 * <p>Each segment is 1 to 128 characters of lower-case letters, digits, {@code .}, {@code _} and
 * {@code -}, and starts and ends with a letter or a digit; the whole key is at most 512 characters. So a
 * key can never climb out of a directory ({@code ..}), start at the root, hide as a dot file, differ only
 * in case (which a case-insensitive file system would merge), or need escaping in a URL; and it means the
 * same file on every operating system and the same object on S3.
 *
 * <p>Keys under {@code public/} may be served to anyone (product images); every other key is private
 * (invoice PDFs) and is never given a public URL.
 */
public record ObjectKey(String value) {

    public static final String PUBLIC_PREFIX = "public/";
    static final int MAX_LENGTH = 512;
    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9]([a-z0-9._-]{0,126}[a-z0-9])?");

    public ObjectKey {
        new Violations()
                .check(isValid(value), "key", "must be 1 to " + MAX_LENGTH + " characters of '/'-separated segments;"
                        + " each segment 1 to 128 of a-z, 0-9, '.', '_', '-', starting and ending with a letter or digit")
                .throwIfAny();
    }

    /** A key anyone may read through a public URL, for example {@code publicMedia("products/p1/a.jpg")}. */
    public static ObjectKey publicMedia(String path) {
        return new ObjectKey(path == null ? null : PUBLIC_PREFIX + path);
    }

    public static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        for (String segment : value.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                return false;
            }
        }
        return true;
    }

    public boolean isPublic() {
        return value.startsWith(PUBLIC_PREFIX);
    }

    /** The part after {@code public/}, which is what public URLs end with. */
    public String publicPath() {
        if (!isPublic()) {
            throw new IllegalStateException("not a public key: " + value);
        }
        return value.substring(PUBLIC_PREFIX.length());
    }

    public List<String> segments() {
        return List.of(value.split("/"));
    }

    /** The last segment, for example {@code a.jpg}. */
    public String name() {
        return value.substring(value.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
