package org.mercato.application.accounts.port.in;

/**
 * A key just issued: what the list will show, and the plain key, which exists only in this answer.
 * {@link #toString()} leaves the plain key out so that no log line can carry it.
 */
public record IssuedApiKey(ApiKeySummary key, String plainKey) {

    @Override
    public String toString() {
        return "IssuedApiKey[key=" + key + "]";
    }
}
