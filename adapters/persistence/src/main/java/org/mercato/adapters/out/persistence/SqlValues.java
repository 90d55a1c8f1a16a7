package org.mercato.adapters.out.persistence;

import java.nio.ByteBuffer;
import java.util.UUID;

/** Column values as JDBC drivers hand them over, where PostgreSQL and H2 differ. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A uuid column: a UUID on PostgreSQL, 16 bytes on H2 (native queries), or text. */
    public static UUID uuid(Object value) {
        if (value instanceof byte[] bytes) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }
}
