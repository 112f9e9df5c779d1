package org.itm.store.jdbc.internal;

import java.sql.SQLException;

/** Classifies SQL errors by their standard SQLSTATE, which H2 and PostgreSQL share for these cases. */
final class SqlStates {

    private SqlStates() {
    }

    /** A primary-key or unique constraint refused the row. */
    static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    /** The value does not fit its column's type, e.g. text that is not JSON in a jsonb column. */
    static boolean isInvalidText(SQLException e) {
        String state = e.getSQLState();
        return "22P02".equals(state) || "22032".equals(state);
    }

    /** The database gave up on the transaction for concurrency reasons; running it again may succeed. */
    static boolean isRetryable(SQLException e) {
        String state = e.getSQLState();
        // 40001 serialization failure, 40P01 deadlock (PostgreSQL); H2 reports deadlocks and lock time-outs as
        // 40001 and HYT00.
        return "40001".equals(state) || "40P01".equals(state) || "HYT00".equals(state);
    }
}
