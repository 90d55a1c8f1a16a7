package org.mercato.domain.accounts;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address as the shopper typed it. Two addresses are the same account when their
 * {@link #normalized()} forms match: uniqueness is case-insensitive.
 */
public record EmailAddress(String value) {

    // Deliberately simple: one '@', a dot in the domain, no spaces. Delivery proves the rest.
    private static final Pattern FORMAT = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    public EmailAddress {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an e-mail address: " + value);
        }
        value = value.trim();
    }

    public static boolean isValid(String text) {
        return text != null && text.trim().length() <= 254 && FORMAT.matcher(text.trim()).matches();
    }

    public String normalized() {
        return value.toLowerCase(Locale.ROOT);
    }
}
