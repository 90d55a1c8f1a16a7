package org.mercato.portal.warehouse.products;

import java.util.Locale;

/** Byte counts as people read them: 812 bytes, 34 KiB, 4.8 MiB. */
final class Bytes {

    private static final long KIB = 1024;
    private static final long MIB = KIB * KIB;

    private Bytes() {
    }

    static String readable(long bytes) {
        if (bytes >= MIB) {
            return bytes % MIB == 0 ? bytes / MIB + " MiB" : String.format(Locale.ROOT, "%.1f MiB", bytes / (double) MIB);
        }
        if (bytes >= KIB) {
            return Math.round(bytes / (double) KIB) + " KiB";
        }
        return bytes + " bytes";
    }
}
