package org.itm.store.jdbc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;
import org.itm.core.ItmException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the store's schema to the newest version with Flyway, from the dialect's versioned scripts
 * {@code V<n>__<description>.sql} (append new ones, never edit one that has shipped), recorded in the store's own
 * history table {@value #HISTORY_TABLE} so that an application's own Flyway history in the same schema
 * ({@code flyway_schema_history}) is left alone. A script changed after it was applied stops the store from
 * opening, because the database no longer matches the code.
 *
 * <p>Flyway replaced a home-made runner once it no longer conflicted with the SDK's dependencies: Flyway 10 to 12
 * needed Jackson 2 (databind and the TOML data format) next to the SDK's Jackson 3; Flyway 13 needs neither (see
 * the parent pom). The runner's databases, which record their scripts in {@code itm_schema_version}, are adopted:
 * their recorded checksums are checked as the runner did (CRC-32 of the script text with LF line ends), then
 * Flyway is baselined at the version they reached and applies only later scripts. The old table is kept, unused.
 *
 * <p>Flyway logs through SLF4J under {@code org.flywaydb}, a few lines at INFO for each store opened; set that
 * logger to WARN to quieten it.
 */
public final class SchemaMigrator {

    /** The store's Flyway history table. */
    static final String HISTORY_TABLE = "itm_schema_history";
    /** The table of the former runner, read once to adopt its databases. */
    static final String FORMER_TABLE = "itm_schema_version";

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private SchemaMigrator() {
    }

    /**
     * Applies the missing migrations; returns the schema version afterwards. Takes one connection of
     * {@code dataSource} for the whole migration (see {@link OneConnection}), so a pool of one connection is enough.
     */
    public static int migrate(DataSource dataSource, Dialect dialect) {
        OneConnection one;
        try {
            one = new OneConnection(dataSource.getConnection());
        } catch (SQLException e) {
            throw new ItmException("could not migrate the document store schema: " + e.getMessage(), e);
        }
        try {
            return migrateThrough(one, dialect);
        } finally {
            try {
                one.closeConnection();
            } catch (SQLException e) {
                LOG.debug("could not hand back the migration's connection: {}", e.getMessage());
            }
        }
    }

    private static int migrateThrough(DataSource dataSource, Dialect dialect) {
        int adopted = 0;
        try (Connection c = dataSource.getConnection()) {
            if (!tableExists(c, HISTORY_TABLE)) {
                adopted = checkFormerHistory(c, dialect);
            }
        } catch (SQLException e) {
            throw new ItmException("could not migrate the document store schema: " + e.getMessage(), e);
        }
        Flyway flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + dialect.scriptFolder().replaceAll("/$", ""))
                .table(HISTORY_TABLE)
                // a schema that already holds tables (the application's, or the former runner's) is baselined
                // below the first script the store still has to apply
                .baselineOnMigrate(true)
                .baselineVersion(MigrationVersion.fromVersion(Integer.toString(adopted)))
                .baselineDescription(adopted > 0 ? "adopted from " + FORMER_TABLE : "<< Flyway Baseline >>")
                .ignoreMigrationPatterns("*:pending")
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
        try {
            ValidateResult validation = flyway.validateWithResult();
            if (!validation.validationSuccessful) {
                throw changedScripts(validation);
            }
            MigrateResult result = flyway.migrate();
            result.migrations.forEach(m -> LOG.debug("applied schema migration {}", m.filepath));
            MigrationVersion current = flyway.info().current() == null ? null : flyway.info().current().getVersion();
            return current == null ? 0 : Integer.parseInt(current.getVersion());
        } catch (FlywayException e) {
            throw new ItmException("could not migrate the document store schema: " + e.getMessage(), e);
        }
    }

    private static ItmException changedScripts(ValidateResult validation) {
        StringBuilder message = new StringBuilder();
        for (ValidateOutput invalid : validation.invalidMigrations) {
            String script = invalid.filepath == null || invalid.filepath.isEmpty() ? "version " + invalid.version
                    : invalid.filepath.substring(invalid.filepath.lastIndexOf('/') + 1);
            if (message.length() > 0) {
                message.append("; ");
            }
            message.append("schema migration ").append(script).append(" was changed after it was applied to this "
                    + "database or does not match it (").append(invalid.errorDetails.errorMessage.strip())
                    .append(")");
        }
        if (message.length() == 0) {
            message.append("the document store schema does not match its migrations: ")
                    .append(validation.getAllErrorMessages());
        }
        return new ItmException(message + "; restore the script or migrate the database by hand");
    }

    /**
     * The version a database of the former runner reached, 0 without its table; fails as the runner did when a
     * recorded script no longer matches the one shipped.
     */
    private static int checkFormerHistory(Connection c, Dialect dialect) throws SQLException {
        if (!tableExists(c, FORMER_TABLE)) {
            return 0;
        }
        int version = 0;
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT version, script, checksum FROM " + FORMER_TABLE
                     + " ORDER BY version")) {
            while (r.next()) {
                int v = r.getInt(1);
                String name = r.getString(2);
                long recorded = r.getLong(3);
                long now = formerChecksum(load(dialect.scriptFolder() + name));
                if (recorded != now) {
                    throw new ItmException("schema migration " + name + " was changed after it was applied to "
                            + "this database (checksum " + recorded + " recorded, " + now + " now); "
                            + "restore the script or migrate the database by hand");
                }
                version = Math.max(version, v);
            }
        }
        LOG.debug("adopting a document store schema at version {} from {}", version, FORMER_TABLE);
        return version;
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        String schema = c.getSchema();
        // H2 keeps unquoted names upper case and Flyway's quoted ones as given; PostgreSQL keeps both lower case
        for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
            try (ResultSet r = c.getMetaData().getTables(null, schema, name, new String[] {"TABLE"})) {
                if (r.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String load(String resource) {
        try (InputStream in = SchemaMigrator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ItmException("schema migration " + resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new ItmException("could not read schema migration " + resource, e);
        }
    }

    /** The former runner's checksum: CRC-32 of the UTF-8 script text with LF line ends. */
    private static long formerChecksum(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
