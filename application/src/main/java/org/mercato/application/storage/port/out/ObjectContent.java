package org.mercato.application.storage.port.out;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.mercato.application.common.Violations;

/**
 * The bytes of an object with their media type and exact length. The stream can be read once; whoever
 * holds an {@code ObjectContent} closes it (an S3 download keeps its connection open until then).
 *
 * <p>The content type is checked ({@code type/subtype} with optional parameters, no line breaks), because
 * it comes back as a {@code Content-Type} header when the object is served.
 */
public record ObjectContent(String contentType, long length, InputStream stream) implements AutoCloseable {

    public static final String OCTET_STREAM = "application/octet-stream";
    private static final String TOKEN = "[A-Za-z0-9!#$&^_.+-]+";
    private static final Pattern CONTENT_TYPE = Pattern.compile(
            TOKEN + "/" + TOKEN + "([ \\t]*;[ \\t]*" + TOKEN + "=(" + TOKEN + "|\"[^\"\\\\\\p{Cntrl}]*\"))*");

    public ObjectContent {
        new Violations()
                .check(isValidContentType(contentType), "contentType", "must be a media type such as image/jpeg")
                .check(length >= 0, "length", "must not be negative")
                .throwIfAny();
        Objects.requireNonNull(stream, "stream");
        contentType = contentType.trim();
    }

    public static ObjectContent of(byte[] bytes, String contentType) {
        return new ObjectContent(contentType, bytes.length, new ByteArrayInputStream(bytes));
    }

    public static boolean isValidContentType(String contentType) {
        return contentType != null && contentType.length() <= 255 && CONTENT_TYPE.matcher(contentType.trim()).matches();
    }

    /** Reads the whole (remaining) stream and closes it; meant for small objects and tests. */
    public byte[] readAllBytes() {
        try (InputStream in = stream) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
