package org.mercato.domain.catalog;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Width by length in centimetres, written {@code 160x200}. */
public record MattressSize(int widthCm, int lengthCm) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2,3})x(\\d{3})");

    public MattressSize {
        if (widthCm < 60 || widthCm > 300 || lengthCm < 150 || lengthCm > 300) {
            throw new IllegalArgumentException("implausible mattress size " + widthCm + "x" + lengthCm);
        }
    }

    public static Optional<MattressSize> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MattressSize(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return widthCm + "x" + lengthCm;
    }
}
