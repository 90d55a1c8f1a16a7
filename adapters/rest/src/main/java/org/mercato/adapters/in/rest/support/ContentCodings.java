package org.mercato.adapters.in.rest.support;

/**
 * Reads {@code Accept-Encoding} (RFC 9110 12.5.3) for the one coding Mercato sends pre-compressed.
 * No header means the client asked for nothing, so it gets identity; {@code gzip;q=0} refuses gzip,
 * and {@code *} stands for every coding not named.
 */
public final class ContentCodings {

    private ContentCodings() {
    }

    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean wildcard = null;
        for (String element : acceptEncoding.split(",")) {
            int semicolon = element.indexOf(';');
            String coding = (semicolon < 0 ? element : element.substring(0, semicolon)).trim();
            boolean acceptable = semicolon < 0 || quality(element.substring(semicolon + 1)) > 0;
            if (coding.equalsIgnoreCase("gzip") || coding.equalsIgnoreCase("x-gzip")) {
                return acceptable;
            }
            if (coding.equals("*")) {
                wildcard = acceptable;
            }
        }
        return Boolean.TRUE.equals(wildcard);
    }

    /** The {@code q} weight among the parameters; 1 when absent, 0 when unreadable (a client we cannot read gets identity). */
    private static double quality(String parameters) {
        for (String parameter : parameters.split(";")) {
            String p = parameter.trim();
            if (p.length() > 2 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.charAt(1) == '=') {
                try {
                    double q = Double.parseDouble(p.substring(2).trim());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
