package org.itm.risk.controls;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.itm.core.ItmValidationException;
import org.itm.core.json.ItmJson;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.risk.controls.internal.NameUuids;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the library's control tests as an OSCAL 1.1.2 assessment-results document: one result whose
 * observations are the tests (method {@code TEST}, collected on the test date, with the evidence references) and
 * whose findings state, per catalogue control, whether it is satisfied. Library controls reach catalogue controls
 * through their {@link RequirementRef}s in {@link Builder#catalog(ControlCatalog, String) the framework id} used
 * with {@link ControlCatalog#toFramework(String)} or {@link ControlCatalog#adopt}.
 *
 * <p>A catalogue control is {@code satisfied} (reason {@code pass}) when every library control mapped to it is
 * effective on the export date, by the same rule as {@link ControlLibrary#effectiveness(String, LocalDate)}: its
 * latest test passed and is within the control's test period. A failed latest test gives {@code not-satisfied}
 * with reason {@code fail}; a partial, overdue or missing test gives {@code not-satisfied} with reason
 * {@code other}, and the finding's description says which. UUIDs are name-based (version 5) on the control and
 * test, so the same tests always get the same observation and finding ids.
 *
 * <pre>{@code
 * AssessmentExport out = OscalAssessmentResults.builder()
 *         .catalog(baseline, "NIST-800-53r5-LOW")
 *         .title("Q1 2026 control tests")
 *         .assessmentPlan("https://grc.example.com/oscal/sap-2026.json")
 *         .clock(clock)
 *         .build()
 *         .write(controls, tests);
 * }</pre>
 *
 * @since 0.1
 */
public final class OscalAssessmentResults {

    /** The OSCAL version written. */
    public static final String OSCAL_VERSION = "1.1.2";
    /** Namespace of the properties ITM adds (the library's own test result). */
    public static final String NAMESPACE = "urn:org.itm:oscal";

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final ControlCatalog catalog;
    private final String frameworkId;
    private final String title;
    private final String version;
    private final String assessmentPlan;
    private final ZoneId zone;
    private final Clock clock;

    private OscalAssessmentResults(Builder b) {
        // build() rejected every missing setting
        this.catalog = Objects.requireNonNull(b.catalog);
        this.frameworkId = Objects.requireNonNull(b.frameworkId);
        this.title = Objects.requireNonNull(b.title);
        this.version = b.version;
        this.assessmentPlan = Objects.requireNonNull(b.assessmentPlan);
        this.zone = b.zone;
        this.clock = Objects.requireNonNull(b.clock);
    }

    /**
     * Starts an exporter.
     *
     * @return a builder; catalogue, title, assessment plan and clock are required
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes the document for {@code controls} and their {@code tests}.
     *
     * @param controls the library controls to report on
     * @param tests    their tests (any order; tests of controls not given are skipped with a reason)
     * @return the document and what was left out
     * @throws ItmValidationException if a list is null, control ids repeat, or no control maps to the catalogue
     */
    public AssessmentExport write(List<Control> controls, List<ControlTest> tests) {
        Checks.notNull(controls, "controls");
        Checks.notNull(tests, "tests");
        Violations v = new Violations();
        Map<String, Control> byId = new LinkedHashMap<>();
        for (int i = 0; i < controls.size(); i++) {
            Control c = controls.get(i);
            if (v.require(c != null, "controls[" + i + "]", "must not be null")) {
                v.require(byId.putIfAbsent(c.id(), c) == null, "controls[" + i + "].id",
                        "repeats control '" + c.id() + "'");
            }
        }
        for (int i = 0; i < tests.size(); i++) {
            v.require(tests.get(i) != null, "tests[" + i + "]", "must not be null");
        }
        v.throwIfAny();

        Map<String, String> skipped = new TreeMap<>();
        // catalogue control id -> library controls mapped to it
        Map<String, List<Control>> mapped = new LinkedHashMap<>();
        catalog.allControls().forEach(c -> mapped.put(c.id(), new ArrayList<>()));
        for (Control c : byId.values()) {
            List<String> refs = c.requirements().stream().filter(r -> r.framework().equals(frameworkId))
                    .map(RequirementRef::id).sorted().toList();
            if (refs.isEmpty()) {
                skipped.put("control " + c.id(), "maps to no requirement of " + frameworkId);
            }
            for (String ref : refs) {
                if (mapped.containsKey(ref)) {
                    mapped.get(ref).add(c);
                } else {
                    skipped.put("control " + c.id() + " -> " + ref, "catalogue '" + catalog.title()
                            + "' has no control '" + ref + "'");
                }
            }
        }
        mapped.values().removeIf(List::isEmpty);
        if (mapped.isEmpty()) {
            throw new ItmValidationException("controls", "none of the " + byId.size()
                    + " controls maps to a control of catalogue '" + catalog.title() + "' through " + frameworkId);
        }
        List<String> reported = mapped.values().stream().flatMap(List::stream).map(Control::id).distinct().toList();

        Map<String, List<ControlTest>> testsOf = new LinkedHashMap<>();
        List<ControlTest> observed = new ArrayList<>();
        for (ControlTest t : tests.stream().sorted(Comparator.comparing(ControlTest::performedOn)
                .thenComparing(ControlTest::controlId).thenComparing(ControlTest::tester)).toList()) {
            if (!byId.containsKey(t.controlId())) {
                skipped.put("test " + testKey(t), "control '" + t.controlId() + "' was not given");
            } else if (!reported.contains(t.controlId())) {
                skipped.put("test " + testKey(t), "control '" + t.controlId() + "' maps to no catalogue control");
            } else {
                observed.add(t);
                testsOf.computeIfAbsent(t.controlId(), k -> new ArrayList<>()).add(t);
            }
        }

        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        String nowText = timestamp(now);
        String docUuid = NameUuids.of("assessment-results|" + title + "|" + version + "|" + nowText);
        String resultUuid = NameUuids.of("result|" + docUuid);

        ObjectNode ar = ItmJson.json().createObjectNode();
        ar.put("uuid", docUuid);
        ObjectNode meta = ar.putObject("metadata");
        meta.put("title", title);
        meta.put("last-modified", nowText);
        meta.put("version", version);
        meta.put("oscal-version", OSCAL_VERSION);
        ar.putObject("import-ap").put("href", assessmentPlan);
        ObjectNode result = ar.putArray("results").addObject();
        result.put("uuid", resultUuid);
        result.put("title", title);
        result.put("description", "Tests of " + reported.size() + " library control(s) against " + mapped.size()
                + " control(s) of " + catalog.title() + ", as of " + today + ".");
        Instant start = observed.stream().map(t -> t.performedOn().atStartOfDay(zone).toInstant())
                .min(Comparator.naturalOrder()).filter(s -> s.isBefore(now)).orElse(now);
        result.put("start", timestamp(start));
        result.put("end", nowText);
        ArrayNode include = result.putObject("reviewed-controls").putArray("control-selections").addObject()
                .putArray("include-controls");
        mapped.keySet().forEach(id -> include.addObject().put("control-id", id));

        Map<ControlTest, String> observationIds = new LinkedHashMap<>();
        if (!observed.isEmpty()) {
            ArrayNode observations = result.putArray("observations");
            for (ControlTest t : observed) {
                String uuid = NameUuids.of("observation|" + testKey(t));
                observationIds.put(t, uuid);
                observations.add(observation(t, uuid));
            }
        }
        ArrayNode findings = result.putArray("findings");
        for (Map.Entry<String, List<Control>> e : mapped.entrySet()) {
            findings.add(finding(catalog.control(e.getKey()).orElseThrow(), e.getValue(), testsOf, observationIds,
                    today, resultUuid));
        }
        ObjectNode doc = ItmJson.json().createObjectNode();
        doc.set("assessment-results", ar);
        String json = ItmJson.json().writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        return new AssessmentExport(json, List.copyOf(mapped.keySet()), observed.size(), skipped);
    }

    private ObjectNode observation(ControlTest t, String uuid) {
        ObjectNode o = ItmJson.json().createObjectNode();
        o.put("uuid", uuid);
        o.put("title", "Test of " + t.controlId() + " on " + t.performedOn());
        o.put("description", "Control " + t.controlId() + " tested by " + t.tester() + " on " + t.performedOn()
                + ": " + t.result() + ".");
        ObjectNode prop = o.putArray("props").addObject();
        prop.put("name", "test-result");
        prop.put("ns", NAMESPACE);
        prop.put("value", t.result().name().toLowerCase(Locale.ROOT));
        o.putArray("methods").add("TEST");
        o.putArray("types").add("control-objective");
        o.put("collected", timestamp(t.performedOn().atStartOfDay(zone).toInstant()));
        if (!t.evidence().isEmpty()) {
            ArrayNode evidence = o.putArray("relevant-evidence");
            for (String ref : t.evidence()) {
                ObjectNode ev = evidence.addObject();
                uriReference(ref).ifPresent(h -> ev.put("href", h));
                ev.put("description", "Evidence " + ref);
            }
        }
        return o;
    }

    private ObjectNode finding(CatalogControl target, List<Control> controls, Map<String, List<ControlTest>> testsOf,
                               Map<ControlTest, String> observationIds, LocalDate today, String resultUuid) {
        List<String> lines = new ArrayList<>();
        boolean satisfied = true;
        boolean failed = false;
        List<String> related = new ArrayList<>();
        for (Control c : controls.stream().sorted(Comparator.comparing(Control::id)).toList()) {
            Optional<ControlTest> last = testsOf.getOrDefault(c.id(), List.of()).stream()
                    .max(Comparator.comparing(ControlTest::performedOn));
            if (last.isEmpty()) {
                satisfied = false;
                lines.add(c.id() + ": never tested");
                continue;
            }
            ControlTest t = last.get();
            related.add(observationIds.get(t));
            LocalDate due = t.performedOn().plus(c.testEvery());
            if (due.isBefore(today)) {
                satisfied = false;
                lines.add(c.id() + ": last tested " + t.performedOn() + " (" + t.result() + "), due every "
                        + c.testEvery() + ": overdue since " + due);
            } else {
                satisfied &= t.result() == TestResult.PASS;
                failed |= t.result() == TestResult.FAIL;
                lines.add(c.id() + ": " + t.result() + " on " + t.performedOn() + " by " + t.tester());
            }
        }
        ObjectNode f = ItmJson.json().createObjectNode();
        f.put("uuid", NameUuids.of("finding|" + resultUuid + "|" + target.id()));
        f.put("title", target.label().map(l -> l + " ").orElse("") + target.title());
        f.put("description", String.join("; ", lines) + ".");
        ObjectNode tgt = f.putObject("target");
        tgt.put("type", "statement-id");
        tgt.put("target-id", target.statement().flatMap(ControlPart::id).orElse(target.id()));
        ObjectNode status = tgt.putObject("status");
        status.put("state", satisfied ? "satisfied" : "not-satisfied");
        status.put("reason", satisfied ? "pass" : failed ? "fail" : "other");
        if (!related.isEmpty()) {
            ArrayNode rel = f.putArray("related-observations");
            related.forEach(id -> rel.addObject().put("observation-uuid", id));
        }
        return f;
    }

    private static String testKey(ControlTest t) {
        return t.controlId() + "|" + t.performedOn() + "|" + t.tester();
    }

    private static String timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).format(TIMESTAMP);
    }

    /** The evidence reference as an OSCAL uri-reference, if it is one (a ticket key is a relative reference). */
    private static Optional<String> uriReference(String ref) {
        try {
            new URI(ref);
            return Optional.of(ref);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Builds an {@link OscalAssessmentResults}; {@link #build()} names every missing or bad setting at once. */
    public static final class Builder {

        private @Nullable ControlCatalog catalog;
        private @Nullable String frameworkId;
        private @Nullable String title;
        private String version = "1";
        private @Nullable String assessmentPlan;
        private ZoneId zone = ZoneOffset.UTC;
        private @Nullable Clock clock;

        private Builder() {
        }

        /**
         * The catalogue assessed against and the framework id under which library controls reference it.
         *
         * @param catalog     e.g. a resolved baseline
         * @param frameworkId e.g. {@code NIST-800-53r5-LOW}
         * @return this builder
         */
        public Builder catalog(ControlCatalog catalog, String frameworkId) {
            this.catalog = catalog;
            this.frameworkId = frameworkId;
            return this;
        }

        /**
         * The document and result title; required.
         *
         * @param title the title
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * The document version (default {@code 1}).
         *
         * @param version the version
         * @return this builder
         */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /**
         * Reference to the assessment plan that governed the tests (OSCAL's required {@code import-ap}); required.
         *
         * @param href the plan's URI or relative reference
         * @return this builder
         */
        public Builder assessmentPlan(String href) {
            this.assessmentPlan = href;
            return this;
        }

        /**
         * The zone in which test dates are days (default UTC).
         *
         * @param zone the zone
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        /**
         * The clock giving the export time and the date effectiveness is judged on; required.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * The exporter.
         *
         * @return it
         * @throws ItmValidationException naming every missing or bad setting
         */
        public OscalAssessmentResults build() {
            Violations v = new Violations();
            v.require(catalog != null, "catalog", "must be set");
            v.require(frameworkId != null && !frameworkId.isBlank(), "frameworkId", "must not be blank");
            v.require(title != null && !title.isBlank(), "title", "must not be blank");
            v.require(version != null && !version.isBlank(), "version", "must not be blank");
            boolean planSet = v.require(assessmentPlan != null && !assessmentPlan.isBlank(), "assessmentPlan",
                    "must not be blank");
            if (planSet && assessmentPlan != null) {
                v.require(uriReference(assessmentPlan).isPresent(), "assessmentPlan",
                        "must be a URI reference, was " + Checks.quote(assessmentPlan));
            }
            v.require(zone != null, "zone", "must not be null");
            v.require(clock != null, "clock", "must be set");
            v.throwIfAny();
            return new OscalAssessmentResults(this);
        }
    }
}
