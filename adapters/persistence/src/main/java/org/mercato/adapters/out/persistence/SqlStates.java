package org.mercato.adapters.out.persistence;

import java.sql.SQLException;

/** Reads the SQL state out of a persistence failure; PostgreSQL and H2 agree on the codes used here. */
public final class SqlStates {

    private static final String UNIQUE_VIOLATION = "23505";

    private SqlStates() {
    }

    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // A failed JDBC batch may carry the real cause in its chain of next exceptions.
            for (SQLException sql = t instanceof SQLException e ? e : null; sql != null; sql = sql.getNextException()) {
                if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }
}
