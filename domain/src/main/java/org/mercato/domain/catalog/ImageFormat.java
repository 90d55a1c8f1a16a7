package org.mercato.domain.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats product pictures may have. A picture's format is read from its first bytes (its
 * "magic number"), never from the name or media type a browser declared, so a text file renamed
 * {@code .png} is not taken for an image and the stored media type is always the true one.
 */
public enum ImageFormat {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp");

    /** How many leading bytes {@link #sniff} needs at most. */
    public static final int SNIFF_LENGTH = 12;

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP_MAGIC = {'W', 'E', 'B', 'P'};

    private final String mediaType;
    private final String extension;

    ImageFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file name extension Mercato gives stored images of this format, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format whose signature {@code head} starts with, or empty when it is none of them. */
    public static Optional<ImageFormat> sniff(byte[] head) {
        if (head == null) {
            return Optional.empty();
        }
        if (startsWith(head, 0, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        // RIFF container: "RIFF", 4 bytes of length, then the form type "WEBP".
        if (startsWith(head, 0, RIFF) && startsWith(head, 8, WEBP_MAGIC)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, int offset, byte[] signature) {
        return data.length >= offset + signature.length
                && Arrays.equals(data, offset, offset + signature.length, signature, 0, signature.length);
    }
}
