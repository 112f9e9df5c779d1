package org.itm.risk.vuln;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;

/**
 * FIRST's daily EPSS scores, read from the published CSV ({@code epss_scores-YYYY-MM-DD.csv}, gunzipped): an
 * optional first comment line {@code #model_version:...,score_date:...}, the header {@code cve,epss,percentile},
 * then one row per CVE.
 *
 * @param modelVersion model version from the comment line, if present
 * @param scoreDate    score date from the comment line, as written, if present
 * @param scores       CVE → score, in file order
 * @since 0.1
 */
public record EpssFeed(Optional<String> modelVersion, Optional<String> scoreDate, Map<String, EpssScore> scores) {

    /**
     * Checks the components.
     *
     * @param modelVersion model version from the comment line, if present
     * @param scoreDate    score date from the comment line, as written, if present
     * @param scores       CVE → score, in file order
     * @throws org.itm.core.ItmValidationException naming {@code modelVersion}, {@code scoreDate} or {@code scores}
     *                                             when null
     */
    public EpssFeed {
        Checks.notNull(modelVersion, "modelVersion");
        Checks.notNull(scoreDate, "scoreDate");
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(scores, "scores")));
    }

    /**
     * The score of a CVE.
     *
     * @param cve the CVE id, e.g. {@code CVE-2021-44228}
     * @return its score, if the feed has one
     */
    public Optional<EpssScore> score(String cve) {
        return Optional.ofNullable(scores.get(cve));
    }

    /**
     * Parses the CSV as FIRST publishes it (an optional {@code #model_version:...,score_date:...} comment line, a
     * header, then {@code cve,epss,percentile} rows).
     *
     * @param csv the CSV text; read to the end but not closed
     * @return the feed
     * @throws ItmValidationException naming {@code csv} when null, or the line of the first malformed row
     */
    public static EpssFeed parse(Reader csv) {
        Checks.notNull(csv, "csv");
        try {
            BufferedReader in = new BufferedReader(csv);
            String line = in.readLine();
            Optional<String> model = Optional.empty();
            Optional<String> date = Optional.empty();
            int lineNo = 1;
            if (line != null && line.startsWith("#")) {
                for (String part : line.substring(1).split(",")) {
                    int colon = part.indexOf(':');
                    if (colon > 0) {
                        String k = part.substring(0, colon).strip();
                        String v = part.substring(colon + 1).strip();
                        if (k.equals("model_version")) {
                            model = Optional.of(v);
                        } else if (k.equals("score_date")) {
                            date = Optional.of(v);
                        }
                    }
                }
                line = in.readLine();
                lineNo++;
            }
            if (line == null || !line.strip().equals("cve,epss,percentile")) {
                throw new ItmValidationException("line " + lineNo, "expected header 'cve,epss,percentile', was '"
                        + line + "'");
            }
            Map<String, EpssScore> scores = new LinkedHashMap<>();
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 3) {
                    throw new ItmValidationException("line " + lineNo, "expected 3 fields, found " + f.length);
                }
                try {
                    EpssScore s = new EpssScore(f[0].strip(), Double.parseDouble(f[1]), Double.parseDouble(f[2]));
                    scores.put(s.cve(), s);
                } catch (NumberFormatException e) {
                    throw new ItmValidationException("line " + lineNo, "not a number: " + e.getMessage());
                } catch (ItmValidationException e) {
                    throw new ItmValidationException("line " + lineNo, String.valueOf(e.getMessage()));
                }
            }
            return new EpssFeed(model, date, scores);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
