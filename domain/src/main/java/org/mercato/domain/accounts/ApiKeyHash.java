package org.mercato.domain.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The SHA-256 of an API key's secret, in lower-case hex: all that is stored of a key. A fast unsalted
 * hash suffices here, unlike for passwords, because the secret is 238 random bits that no dictionary or
 * brute force can reach.
 */
public record ApiKeyHash(String hex) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public ApiKeyHash {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("an API key hash is 64 lower-case hex digits");
        }
    }

    static ApiKeyHash ofSecret(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            return new ApiKeyHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /** Whether {@code key} is the key this hash was made from; takes the same time wherever the hashes differ. */
    public boolean matches(PlainApiKey key) {
        return MessageDigest.isEqual(hex.getBytes(StandardCharsets.US_ASCII),
                key.hash().hex().getBytes(StandardCharsets.US_ASCII));
    }
}
