package org.mercato.domain.accounts;

import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * An API key as the integrator holds it: {@code mk_<prefix>_<secret>}, with an 8-character lower-case
 * prefix that names the key in lists and logs, and a 40-character base-62 secret (about 238 bits)
 * that proves it. Mercato sees the whole key twice only: when it is issued and when it is presented.
 * {@link #toString()} never shows the secret.
 */
public final class PlainApiKey {

    public static final int PREFIX_LENGTH = 8;
    public static final int SECRET_LENGTH = 40;
    private static final String MARKER = "mk_";
    private static final int LENGTH = MARKER.length() + PREFIX_LENGTH + 1 + SECRET_LENGTH;
    private static final String PREFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String SECRET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final Pattern FORMAT = Pattern.compile(
            "mk_[a-z0-9]{" + PREFIX_LENGTH + "}_[A-Za-z0-9]{" + SECRET_LENGTH + "}");

    private final String prefix;
    private final String secret;

    private PlainApiKey(String prefix, String secret) {
        this.prefix = prefix;
        this.secret = secret;
    }

    /** A new key; {@code random} must be a cryptographically strong generator such as {@code SecureRandom}. */
    public static PlainApiKey generate(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        return new PlainApiKey(draw(random, PREFIX_ALPHABET, PREFIX_LENGTH), draw(random, SECRET_ALPHABET, SECRET_LENGTH));
    }

    /** The key in {@code text}, or empty when the text is not a key of this format (checked before any lookup). */
    public static Optional<PlainApiKey> parse(String text) {
        if (text == null || text.length() != LENGTH || !FORMAT.matcher(text).matches()) {
            return Optional.empty();
        }
        int secretStart = MARKER.length() + PREFIX_LENGTH + 1;
        return Optional.of(new PlainApiKey(text.substring(MARKER.length(), MARKER.length() + PREFIX_LENGTH),
                text.substring(secretStart)));
    }

    private static String draw(RandomGenerator random, String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            // nextInt(bound) is unbiased, unlike taking a random byte modulo the alphabet size.
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    public String prefix() {
        return prefix;
    }

    /** The full key, to be shown to the administrator exactly once and then forgotten. */
    public String reveal() {
        return MARKER + prefix + "_" + secret;
    }

    /** What Mercato stores instead of the key. */
    public ApiKeyHash hash() {
        return ApiKeyHash.ofSecret(secret);
    }

    @Override
    public String toString() {
        return MARKER + prefix + "_…";
    }
}
