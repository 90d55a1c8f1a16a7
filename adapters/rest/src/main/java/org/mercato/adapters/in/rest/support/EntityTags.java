package org.mercato.adapters.in.rest.support;

/**
 * Reads {@code If-None-Match} (RFC 9110 13.1.2): a list of entity tags, or {@code *}. The comparison is
 * the weak one the header prescribes, so {@code W/"x"} matches {@code "x"}. An unreadable list matches
 * nothing: the client then simply gets the full answer.
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** Whether the header names any of the given current tags (each quoted, as sent in {@code ETag}). */
    public static boolean anyMatches(String ifNoneMatch, String... current) {
        int i = 0;
        int n = ifNoneMatch.length();
        while (i < n) {
            char c = ifNoneMatch.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
            } else if (c == '*') {
                return true;
            } else {
                int start = ifNoneMatch.startsWith("W/", i) ? i + 2 : i;
                if (start >= n || ifNoneMatch.charAt(start) != '"') {
                    return false;
                }
                int end = ifNoneMatch.indexOf('"', start + 1);
                if (end < 0) {
                    return false;
                }
                for (String tag : current) {
                    if (tag.length() == end + 1 - start && ifNoneMatch.regionMatches(start, tag, 0, tag.length())) {
                        return true;
                    }
                }
                i = end + 1;
            }
        }
        return false;
    }
}
