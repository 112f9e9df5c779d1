package org.itm.store.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.itm.core.ItmValidationException;

/** The databases the JDBC store supports, and what differs between them. */
public enum Dialect {
    /** H2 2.x, embedded (file or memory) or server. */
    H2("h2"),
    /** PostgreSQL 12 or newer (generated columns). */
    POSTGRESQL("postgresql");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** Class-path folder of this dialect's migration scripts. */
    String scriptFolder() {
        return "org/itm/store/jdbc/migration/" + folder + "/";
    }

    /** The dialect of the database behind {@code connection}. */
    public static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return H2;
        }
        if (name.contains("postgresql")) {
            return POSTGRESQL;
        }
        throw new ItmValidationException("dataSource",
                "database '" + product + "' is not supported; use H2 or PostgreSQL");
    }
}
