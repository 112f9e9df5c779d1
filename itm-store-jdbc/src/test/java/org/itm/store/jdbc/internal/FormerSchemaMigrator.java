package org.itm.store.jdbc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.itm.core.ItmException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema migrator the store shipped with before it moved to Flyway, kept verbatim (renamed) so that tests can
 * create databases exactly as released versions did and check that the current store still opens them.
 *
 * <p>Former javadoc:
 *
 * <p>Brings the store's schema to the newest version by running the versioned scripts
 * {@code V<n>__<description>.sql} of the dialect that are not yet recorded in {@code itm_schema_version}.
 *
 * <p>A small runner instead of a migration library: the store owns three tables and a handful of scripts, and
 * the libraries available for Java 17 bring dependency trees (their own JSON and TOML stacks) that would have
 * to be reconciled with the SDK's. Each applied script is recorded with a checksum; a changed script that was
 * already applied stops the store from opening, because the database no longer matches the code.
 */
public final class FormerSchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(FormerSchemaMigrator.class);

    /** Every migration in order; append, never edit one that has shipped. */
    static final List<String> SCRIPTS = List.of("V1__documents.sql");

    private FormerSchemaMigrator() {
    }

    /** Applies the missing migrations; returns the schema version afterwards. */
    public static int migrate(DataSource dataSource, Dialect dialect) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS itm_schema_version ("
                        + "version INT NOT NULL PRIMARY KEY, script VARCHAR(200) NOT NULL, checksum BIGINT NOT NULL)");
            }
            int version = 0;
            for (int i = 0; i < SCRIPTS.size(); i++) {
                version = i + 1;
                String name = SCRIPTS.get(i);
                String text = load(dialect.scriptFolder() + name);
                long checksum = checksum(text);
                Long recorded = recordedChecksum(c, version);
                if (recorded != null) {
                    if (recorded != checksum) {
                        throw new ItmException("schema migration " + name + " was changed after it was applied to "
                                + "this database (checksum " + recorded + " recorded, " + checksum + " now); "
                                + "restore the script or migrate the database by hand");
                    }
                    continue;
                }
                apply(c, version, name, text, checksum);
            }
            return version;
        } catch (SQLException e) {
            throw new ItmException("could not migrate the document store schema: " + e.getMessage(), e);
        }
    }

    private static void apply(Connection c, int version, String name, String text, long checksum)
            throws SQLException {
        // On PostgreSQL the script and its record commit together; on H2 DDL commits by itself, so the scripts
        // use IF NOT EXISTS and can run again after an interruption.
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                for (String sql : statements(text)) {
                    s.execute(sql);
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO itm_schema_version (version, script, checksum) VALUES (?, ?, ?)")) {
                p.setInt(1, version);
                p.setString(2, name);
                p.setLong(3, checksum);
                p.executeUpdate();
            }
            c.commit();
            LOG.debug("applied schema migration {}", name);
        } catch (SQLException e) {
            c.rollback();
            if (SqlStates.isUniqueViolation(e) && recordedChecksum(c, version) != null) {
                LOG.debug("schema migration {} was applied concurrently by another store", name);
                return;
            }
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static Long recordedChecksum(Connection c, int version) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT checksum FROM itm_schema_version WHERE version = ?")) {
            p.setInt(1, version);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    /** The statements of a script: split at semicolons ending a line; comment lines dropped. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String load(String resource) {
        try (InputStream in = FormerSchemaMigrator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ItmException("schema migration " + resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new ItmException("could not read schema migration " + resource, e);
        }
    }

    private static long checksum(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
