package org.itm.store.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.postgresql.PGStatement;

/**
 * PostgreSQL-only statement settings. Loaded only on the PostgreSQL path, so an application that uses H2 alone needs
 * no PostgreSQL driver on its class path.
 */
final class PostgresPlans {

    private PostgresPlans() {
    }

    /**
     * Makes {@code statement} planned with its parameter values on every execution. The driver turns a statement
     * run five times into a server-side prepared one, and the server may then keep a generic plan that ignores the
     * values. For a query on two or more index fields that plan merges the fields' index rows in id order, which
     * reads every row of the commoner value (e.g. a backlog of 268k pending outbox entries of one notifier, to find
     * the dozen of another): a custom plan starts from the rarer value instead. Planning costs well under a
     * millisecond; the scan it avoids grows with the store.
     */
    static void planWithValues(PreparedStatement statement) throws SQLException {
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
    }
}
