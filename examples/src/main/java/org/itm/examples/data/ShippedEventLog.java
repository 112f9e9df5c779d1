package org.itm.examples.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.itm.operations.importer.ImportResult;
import org.itm.operations.importer.ServiceNowEventLogImporter;
import org.jspecify.annotations.Nullable;

/**
 * The real ServiceNow incident event log shipped inside the examples jar ({@code org/itm/examples/data/}, source
 * and licence in {@code SOURCE.md} and {@code LICENCE.md} beside it), imported with ITM's
 * {@link ServiceNowEventLogImporter}. A fresh clone needs nothing outside the repository to read it.
 */
public final class ShippedEventLog {

    /** The class-path resource of the zipped CSV. */
    public static final String RESOURCE = "/org/itm/examples/data/incident_event_log.csv.zip";

    private static volatile @Nullable ImportResult imported;

    private ShippedEventLog() {
    }

    /**
     * The imported log. It is the same file on every call, so the import runs once per JVM and its (immutable)
     * result is shared.
     *
     * @return the incidents and the import report
     * @throws IllegalStateException if the resource is missing from the class path
     */
    public static ImportResult load() {
        ImportResult result = imported;
        if (result == null) {
            synchronized (ShippedEventLog.class) {
                result = imported;
                if (result == null) {
                    result = read();
                    imported = result;
                }
            }
        }
        return result;
    }

    private static ImportResult read() {
        try (InputStream raw = ShippedEventLog.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("the event log " + RESOURCE + " is not on the class path");
            }
            try (ZipInputStream zip = new ZipInputStream(raw, StandardCharsets.UTF_8)) {
                ZipEntry entry = zip.getNextEntry();
                while (entry != null && !entry.getName().endsWith(".csv")) {
                    entry = zip.getNextEntry();
                }
                if (entry == null) {
                    throw new IllegalStateException(RESOURCE + " holds no .csv entry");
                }
                return ServiceNowEventLogImporter.create().importCsv(new InputStreamReader(zip, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
