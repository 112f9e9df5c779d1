package org.itm.risk.advisory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.risk.cvss.CvssVector;

/**
 * A security advisory: an OSV record or an NVD CVE record, reduced to what matching and prioritisation need.
 *
 * @param id        the record's id ({@code GHSA-...}, {@code CVE-...}, {@code PYSEC-...})
 * @param source    where it was read from, {@code OSV} or {@code NVD}
 * @param aliases   other ids of the same vulnerability (OSV {@code aliases})
 * @param summary   one-line summary (may be empty)
 * @param published when it was published, if given
 * @param modified  when it last changed, if given
 * @param withdrawn when it was withdrawn, if it was (a withdrawn advisory matches nothing)
 * @param cvss      the CVSS vectors it carries, any version
 * @param affected  affected packages (OSV)
 * @param cpeMatches vulnerable CPE matches of its configurations (NVD)
 * @since 0.1
 */
public record Advisory(String id, String source, List<String> aliases, String summary, Optional<Instant> published,
                       Optional<Instant> modified, Optional<Instant> withdrawn, List<CvssVector> cvss,
                       List<AffectedPackage> affected, List<CpeMatch> cpeMatches) {

    private static final Pattern CVE = Pattern.compile("CVE-\\d{4}-\\d{4,}");

    /**
     * Checks the components and copies the lists.
     *
     * @param id        the record's id ({@code GHSA-...}, {@code CVE-...}, {@code PYSEC-...})
     * @param source    where it was read from, {@code OSV} or {@code NVD}
     * @param aliases   other ids of the same vulnerability (OSV {@code aliases})
     * @param summary   one-line summary (may be empty)
     * @param published when it was published, if given
     * @param modified  when it last changed, if given
     * @param withdrawn when it was withdrawn, if it was (a withdrawn advisory matches nothing)
     * @param cvss      the CVSS vectors it carries, any version
     * @param affected  affected packages (OSV)
     * @param cpeMatches vulnerable CPE matches of its configurations (NVD)
     * @throws org.itm.core.ItmValidationException naming every problem at once: {@code id} or {@code source} when
     *                                             blank; {@code aliases}, {@code summary}, {@code cvss},
     *                                             {@code affected} or {@code cpeMatches} when null;
     *                                             {@code published/modified/withdrawn} when one of them is null
     */
    public Advisory {
        Violations v = new Violations();
        v.check("id", () -> Checks.notBlank(id, "id"));
        v.check("source", () -> Checks.notBlank(source, "source"));
        v.require(aliases != null, "aliases", "must not be null");
        v.require(summary != null, "summary", "must not be null");
        v.require(published != null && modified != null && withdrawn != null, "published/modified/withdrawn",
                "must not be null (use Optional.empty())");
        v.require(cvss != null, "cvss", "must not be null");
        v.require(affected != null, "affected", "must not be null");
        v.require(cpeMatches != null, "cpeMatches", "must not be null");
        v.throwIfAny();
        aliases = List.copyOf(aliases);
        cvss = List.copyOf(cvss);
        affected = List.copyOf(affected);
        cpeMatches = List.copyOf(cpeMatches);
    }

    /**
     * The CVE ids of this advisory: its id if it is one, then its CVE aliases.
     *
     * @return the CVE ids, first the primary one
     */
    public List<String> cves() {
        return Stream.concat(Stream.of(id), aliases.stream())
                .filter(a -> CVE.matcher(a).matches()).distinct().toList();
    }

    /**
     * The vector to score with: of the highest CVSS version present (v4.0, then v3.1, v3.0, v2.0).
     *
     * @return the vector, if the advisory carries any
     */
    public Optional<CvssVector> preferredCvss() {
        return cvss.stream().max(Comparator.comparing(CvssVector::version));
    }

    /**
     * Whether the advisory was withdrawn.
     *
     * @return true if a withdrawal time is set
     */
    public boolean isWithdrawn() {
        return withdrawn.isPresent();
    }
}
