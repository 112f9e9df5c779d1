package org.itm.store.jdbc.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

    /**
     * Binds a document's JSON as this database keeps it in {@code itm_document.content}: on H2 as its UTF-8 bytes
     * ({@code BINARY VARYING}, stored in the row and copied into the file as they are; a character column would be
     * re-encoded character by character on every page write and hashed whole by H2's value cache), on PostgreSQL as
     * text (which its generated {@code jsonb} column reads).
     */
    void bindContent(PreparedStatement p, int index, String json) throws SQLException {
        if (this == H2) {
            p.setBytes(index, json.getBytes(StandardCharsets.UTF_8));
        } else {
            p.setString(index, json);
        }
    }

    /** A document's JSON as {@link #bindContent} stored it: the exact text that was written. */
    String content(ResultSet r, int column) throws SQLException {
        if (this == H2) {
            byte[] bytes = r.getBytes(column);
            return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
        }
        String text = r.getString(column);
        return text == null ? "" : text;
    }

    /**
     * How many rows of one type a batch locks per statement ({@code SELECT ... WHERE id IN (...) FOR UPDATE}). On
     * PostgreSQL 64, each statement being a round trip to the server; on H2 one, since an embedded database has no
     * round trip to save and checks each row it finds against every value of an {@code IN} list.
     */
    int lockChunk() {
        return this == H2 ? 1 : JdbcStore.LOCK_CHUNK;
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
