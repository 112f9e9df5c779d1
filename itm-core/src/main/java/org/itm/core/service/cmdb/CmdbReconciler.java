package org.itm.core.service.cmdb;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.itm.core.ItmValidationException;
import org.itm.core.service.CiId;
import org.itm.core.service.ConfigurationItem;
import org.itm.core.service.cmdb.internal.CmdbReader;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reconciles a CMDB export with the configuration items already known: each entry is identified by the first
 * {@link IdentificationRule} it has the attributes for (and checked against every other rule it has them for),
 * then merged value by value, where a value set by a source that ranks higher for that attribute is kept.
 *
 * <pre>{@code
 * CmdbReconciler cmdb = CmdbReconciler.builder()
 *         .identification(IdentificationRule.of("serial"), IdentificationRule.of("hostname", "domain"),
 *                 IdentificationRule.of("cloud_resource_id"))
 *         .precedence("ip_address", "discovery", "servicenow")   // discovery's ip wins over the CMDB's
 *         .defaultPrecedence("servicenow", "discovery")
 *         .build();
 * CmdbImport result = cmdb.importCsv(known, "servicenow", Files.readString(export));
 * result.report().conflicting();   // entries not applied, each with the reason
 * }</pre>
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>Identification.</b> An entry must have every attribute of at least one rule. It is the known item that
 *       its rules find; if two rules find different items, or one rule's values match several items, the entry
 *       is {@link CmdbOutcome.Kind#CONFLICTING conflicting} and not applied. No match makes a new item, whose id
 *       is derived from the first rule's values (e.g. {@code serial:vmw-4c1d}), so importing the same export
 *       into an empty CMDB twice gives the same ids. An entry that identifies an item an earlier entry of the
 *       same import already set is conflicting too: one export must not say two things about one item.</li>
 *   <li><b>Precedence.</b> For each attribute (and {@code name}, {@code type}) the sources are ranked by
 *       {@link Builder#precedence(String, String...)}, else by {@link Builder#defaultPrecedence(String...)};
 *       unranked sources come after ranked ones and rank equally. A new value replaces the current one unless
 *       the current one was set by a source ranking above the importing one. A source ranking equal (e.g. the
 *       same source again) replaces it.</li>
 *   <li><b>Absent is not empty.</b> A blank or missing value means the source does not know it: nothing is
 *       erased.</li>
 *   <li><b>Idempotent.</b> Importing the same export again changes nothing: every entry is unchanged.</li>
 *   <li><b>All or nothing.</b> Input that is malformed, truncated, larger than {@value #MAX_INPUT_CHARS} characters
 *       or {@value #MAX_ENTRIES} entries, or has an entry without identifying attributes, a new item without name
 *       or type, or a value over {@value #MAX_VALUE_CHARS} characters, is rejected with an
 *       {@link ItmValidationException} naming each entry and field; nothing is imported.</li>
 * </ul>
 * Reconciling is a pure function of the known items and the entries; store {@link CmdbImport#items()} where
 * the application keeps its CMDB. Thread-safe.
 *
 * @since 0.1
 */
public final class CmdbReconciler {

    /** Largest accepted input, in characters. */
    public static final int MAX_INPUT_CHARS = CmdbReader.MAX_INPUT_CHARS;
    /** Most entries in one import. */
    public static final int MAX_ENTRIES = CmdbReader.MAX_ENTRIES;
    /** Longest accepted value. */
    public static final int MAX_VALUE_CHARS = CmdbReader.MAX_VALUE_CHARS;

    private static final Logger LOG = LoggerFactory.getLogger(CmdbReconciler.class);
    private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9._:@/-]");

    private final List<IdentificationRule> rules;
    private final Map<String, List<String>> precedence;
    private final List<String> defaultPrecedence;
    private final String nameField;
    private final String typeField;

    private CmdbReconciler(Builder b) {
        this.rules = List.copyOf(b.rules);
        this.precedence = Map.copyOf(b.precedence);
        this.defaultPrecedence = List.copyOf(b.defaultPrecedence);
        this.nameField = b.nameField;
        this.typeField = b.typeField;
    }

    /**
     * A builder; at least one identification rule is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a CSV export: a header row naming the columns, then one item per row (RFC 4180 quoting).
     *
     * @param csv the export
     * @return its entries, named {@code row N (line L)}
     * @throws ItmValidationException if it is malformed, truncated or too large, naming row and column
     */
    public static List<CmdbEntry> readCsv(String csv) {
        return CmdbReader.csv(csv);
    }

    /**
     * Reads a JSON export: an array of flat objects, or an object whose {@code result} (ServiceNow Table API) or
     * {@code items} field is one. Strings, numbers and booleans are taken as text; a ServiceNow reference
     * {@code {"display_value": ..., "value": ...}} gives its display value; {@code null} is absent.
     *
     * @param json the export
     * @return its entries, named by JSON path ({@code $.result[2]})
     * @throws ItmValidationException if it is malformed, truncated or too large, naming entry and field
     */
    public static List<CmdbEntry> readJson(String json) {
        return CmdbReader.json(json);
    }

    /**
     * Reads and reconciles a CSV export; see {@link #readCsv(String)} and {@link #reconcile}.
     *
     * @param known  the items known before
     * @param source the source of the export, e.g. {@code servicenow}
     * @param csv    the export
     * @return the items after it and the report
     * @throws ItmValidationException as {@link #readCsv(String)} and {@link #reconcile}
     */
    public CmdbImport importCsv(List<ReconciledItem> known, String source, String csv) {
        Checks.notBlank(source, "source");
        return reconcile(known, source, readCsv(csv));
    }

    /**
     * Reads and reconciles a JSON export; see {@link #readJson(String)} and {@link #reconcile}.
     *
     * @param known  the items known before
     * @param source the source of the export
     * @param json   the export
     * @return the items after it and the report
     * @throws ItmValidationException as {@link #readJson(String)} and {@link #reconcile}
     */
    public CmdbImport importJson(List<ReconciledItem> known, String source, String json) {
        Checks.notBlank(source, "source");
        return reconcile(known, source, readJson(json));
    }

    /**
     * Reconciles {@code entries} from {@code source} with the {@code known} items.
     *
     * @param known   the items known before (ids unique)
     * @param source  the source of the entries
     * @param entries the entries, in input order
     * @return every item after the import and the outcome of each entry
     * @throws ItmValidationException naming each entry and field that cannot be imported; then nothing is
     */
    public CmdbImport reconcile(List<ReconciledItem> known, String source, List<CmdbEntry> entries) {
        Checks.notNull(known, "known");
        Checks.notBlank(source, "source");
        Checks.notNull(entries, "entries");
        Violations v = new Violations();
        List<ReconciledItem> items = new ArrayList<>();
        Map<CiId, Integer> position = new HashMap<>();
        for (int i = 0; i < known.size(); i++) {
            ReconciledItem r = known.get(i);
            if (v.require(r != null, "known[" + i + "]", "must not be null")
                    && v.require(position.putIfAbsent(r.item().id(), items.size()) == null, "known[" + i + "]",
                    "repeats item " + r.item().id().value())) {
                items.add(r);
            }
        }
        v.throwIfAny();
        Map<String, Set<CiId>> index = new HashMap<>();
        items.forEach(r -> keys(r.item()).forEach(k -> index.computeIfAbsent(k, x -> new LinkedHashSet<>())
                .add(r.item().id())));
        Map<CiId, String> touched = new HashMap<>();
        List<CmdbOutcome> outcomes = new ArrayList<>();

        for (CmdbEntry e : entries) {
            Checks.notNull(e, "entries");
            Map<String, String> values = new LinkedHashMap<>();
            e.values().forEach((k, val) -> {
                String s = val.strip();
                if (!k.equals(nameField) && !k.equals(typeField) && (k.equals("name") || k.equals("type"))) {
                    // "name" and "type" stand for the item's own fields: another column of that name would
                    // silently take their place
                    v.add(e.entry() + "." + k, "is reserved for the item's " + k + ", which this reconciler reads "
                            + "from column '" + (k.equals("name") ? nameField : typeField) + "'");
                } else if (s.length() > MAX_VALUE_CHARS) {
                    v.add(e.entry() + "." + k, "is longer than " + MAX_VALUE_CHARS + " characters (" + s.length() + ")");
                } else if (!s.isEmpty()) {
                    values.put(attribute(k), s);
                }
            });
            if (values.containsKey("type")) {
                try {
                    Checks.id(values.get("type"), "type");
                } catch (ItmValidationException x) {
                    v.add(e.entry() + "." + typeField, x.violations().get(0).message());
                    continue;
                }
            }
            List<IdentificationRule> applicable = rules.stream()
                    .filter(r -> r.attributes().stream().allMatch(values::containsKey)).toList();
            if (applicable.isEmpty()) {
                v.add(e.entry(), "has no identifying attributes: needs " + rules.stream()
                        .map(IdentificationRule::name).collect(Collectors.joining(", or ")));
                continue;
            }
            // which item does each applicable rule find?
            Map<CiId, List<String>> found = new LinkedHashMap<>();
            List<String> ambiguous = new ArrayList<>();
            for (IdentificationRule r : applicable) {
                Set<CiId> hits = index.getOrDefault(key(r, values::get), Set.of());
                if (hits.size() > 1) {
                    ambiguous.add(describe(r, values) + " matches " + hits.stream().map(CiId::value)
                            .collect(Collectors.joining(" and ")));
                }
                hits.forEach(id -> found.computeIfAbsent(id, x -> new ArrayList<>()).add(describe(r, values)));
            }
            if (!ambiguous.isEmpty()) {
                outcomes.add(new CmdbOutcome(e.entry(), CmdbOutcome.Kind.CONFLICTING, Optional.empty(), ambiguous));
                continue;
            }
            if (found.size() > 1) {
                List<String> why = new ArrayList<>();
                found.forEach((id, by) -> why.add(String.join(" and ", by) + " identifies " + id.value()));
                outcomes.add(new CmdbOutcome(e.entry(), CmdbOutcome.Kind.CONFLICTING, Optional.empty(),
                        List.of(String.join(", but ", why))));
                continue;
            }
            if (found.size() == 1) {
                CiId id = found.keySet().iterator().next();
                if (touched.containsKey(id)) {
                    outcomes.add(new CmdbOutcome(e.entry(), CmdbOutcome.Kind.CONFLICTING, Optional.of(id), List.of(
                            String.join(" and ", found.get(id)) + " identifies " + id.value() + ", which "
                                    + touched.get(id) + " of this import already set")));
                    continue;
                }
                touched.put(id, e.entry());
                int at = Objects.requireNonNull(position.get(id));
                ReconciledItem before = items.get(at);
                List<String> reasons = new ArrayList<>();
                ReconciledItem after = merge(before, values, source, reasons, e.entry(), v);
                if (after == before) {
                    outcomes.add(new CmdbOutcome(e.entry(), CmdbOutcome.Kind.UNCHANGED, Optional.of(id), reasons));
                } else {
                    reindex(index, before.item(), after.item());
                    items.set(at, after);
                    outcomes.add(new CmdbOutcome(e.entry(), CmdbOutcome.Kind.UPDATED, Optional.of(id), reasons));
                }
                continue;
            }
            boolean ok = v.require(values.containsKey("name"), e.entry() + "." + nameField,
                    "is required to create an item (no known item matches)");
            ok &= v.require(values.containsKey("type"), e.entry() + "." + typeField,
                    "is required to create an item (no known item matches)");
            if (!ok) {
                continue;
            }
            CiId id = newId(applicable.get(0), values, position.keySet());
            Map<String, String> attributes = new LinkedHashMap<>(values);
            attributes.remove("name");
            attributes.remove("type");
            Map<String, String> sources = new HashMap<>();
            values.keySet().forEach(k -> sources.put(k, source));
            ReconciledItem created;
            try {
                created = new ReconciledItem(new ConfigurationItem(id, Checks.toValidate(values.get("type")),
                        Checks.toValidate(values.get("name")),
                        attributes), sources);
            } catch (ItmValidationException x) {
                v.addAll(e.entry(), x);
                continue;
            }
            position.put(id, items.size());
            items.add(created);
            touched.put(id, e.entry());
            keys(created.item()).forEach(k -> index.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(id));
            outcomes.add(new CmdbOutcome(e.entry(), CmdbOutcome.Kind.CREATED, Optional.of(id), List.of(
                    "no known item has " + applicable.stream().map(r -> describe(r, values))
                            .collect(Collectors.joining(" or ")))));
        }
        v.throwIfAny();
        CmdbReport report = new CmdbReport(source, outcomes);
        LOG.debug("CMDB import from {}: {} created, {} updated, {} unchanged, {} conflicting", source,
                report.created().size(), report.updated().size(), report.unchanged().size(),
                report.conflicting().size());
        return new CmdbImport(items, report);
    }

    private String attribute(String column) {
        return column.equals(nameField) ? "name" : column.equals(typeField) ? "type" : column;
    }

    private ReconciledItem merge(ReconciledItem before, Map<String, String> values, String source,
                                 List<String> reasons, String entry, Violations v) {
        ConfigurationItem item = before.item();
        String name = item.name();
        String type = item.type();
        Map<String, String> attributes = new LinkedHashMap<>(item.attributes());
        Map<String, String> sources = new HashMap<>(before.sources());
        boolean changed = false;
        for (Map.Entry<String, String> e : values.entrySet()) {
            String attr = e.getKey();
            String value = e.getValue();
            String current = attr.equals("name") ? name : attr.equals("type") ? type : attributes.get(attr);
            if (value.equals(current)) {
                continue;
            }
            String owner = sources.get(attr);
            if (current != null && owner != null && rank(attr, owner) < rank(attr, source)) {
                reasons.add(attr + ": kept '" + current + "' from " + owner + ", which ranks above " + source
                        + "; ignored '" + value + "'");
                continue;
            }
            reasons.add(attr + ": " + (current == null ? "set to '" + value + "'"
                    : "'" + current + "' -> '" + value + "'"));
            if (attr.equals("name")) {
                name = value;
            } else if (attr.equals("type")) {
                type = value;
            } else {
                attributes.put(attr, value);
            }
            sources.put(attr, source);
            changed = true;
        }
        if (!changed) {
            return before;
        }
        try {
            return new ReconciledItem(new ConfigurationItem(item.id(), type, name, attributes), sources);
        } catch (ItmValidationException x) {
            v.addAll(entry, x);
            return before;
        }
    }

    private int rank(String attribute, String source) {
        List<String> order = precedence.getOrDefault(attribute, defaultPrecedence);
        int i = order.indexOf(source);
        return i < 0 ? order.size() : i;
    }

    private Set<String> keys(ConfigurationItem item) {
        Set<String> out = new HashSet<>();
        for (IdentificationRule r : rules) {
            Function<String, String> value = a -> a.equals("name") ? item.name()
                    : a.equals("type") ? item.type() : item.attributes().get(a);
            if (r.attributes().stream().allMatch(a -> value.apply(a) != null && !value.apply(a).isBlank())) {
                out.add(key(r, value));
            }
        }
        return out;
    }

    private void reindex(Map<String, Set<CiId>> index, ConfigurationItem before, ConfigurationItem after) {
        keys(before).forEach(k -> {
            Set<CiId> ids = index.get(k);
            if (ids != null) {
                ids.remove(before.id());
            }
        });
        keys(after).forEach(k -> index.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(after.id()));
    }

    private static String key(IdentificationRule rule, Function<String, String> value) {
        StringBuilder sb = new StringBuilder(rule.name());
        for (String a : rule.attributes()) {
            sb.append('\u0000').append(value.apply(a).strip().toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    private static String describe(IdentificationRule rule, Map<String, String> values) {
        return rule.name() + " '" + rule.attributes().stream().map(values::get).collect(Collectors.joining("/")) + "'";
    }

    private static CiId newId(IdentificationRule rule, Map<String, String> values, Set<CiId> taken) {
        String raw = rule.name() + ":" + rule.attributes().stream()
                .map(a -> Objects.requireNonNull(values.get(a)).strip().toLowerCase(Locale.ROOT)).collect(Collectors.joining("/"));
        String id = NOT_ID.matcher(raw).replaceAll("-");
        if (!Character.isLetterOrDigit(id.charAt(0))) {
            id = "ci-" + id;
        }
        if (id.length() > 128 || taken.contains(new CiId(id))) {
            id = "ci-" + sha256(raw).substring(0, 24);
        }
        String candidate = id;
        for (int n = 2; taken.contains(new CiId(candidate)); n++) {
            candidate = id + "-" + n;
        }
        return new CiId(candidate);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    /** Configures a {@link CmdbReconciler}; {@link #build()} names every bad setting at once. */
    public static final class Builder {

        private final List<IdentificationRule> rules = new ArrayList<>();
        private final Map<String, List<String>> precedence = new LinkedHashMap<>();
        private final List<String> defaultPrecedence = new ArrayList<>();
        private final Violations violations = new Violations();
        private String nameField = "name";
        private String typeField = "type";

        private Builder() {
        }

        /**
         * The identification rules, most trusted first (replacing earlier ones).
         *
         * @param rules e.g. {@code serial}, then {@code hostname+domain}, then {@code cloud_resource_id}
         * @return this builder
         */
        public Builder identification(IdentificationRule... rules) {
            this.rules.clear();
            for (IdentificationRule r : rules) {
                violations.require(r != null, "identification", "must not contain null");
                if (r != null) {
                    this.rules.add(r);
                }
            }
            return this;
        }

        /**
         * The sources of {@code attribute} from most to least trusted.
         *
         * @param attribute e.g. {@code ip_address}, or {@code name} / {@code type}
         * @param sources   e.g. {@code discovery}, {@code servicenow}
         * @return this builder
         */
        public Builder precedence(String attribute, String... sources) {
            if (violations.require(attribute != null && !attribute.isBlank(), "precedence", "attribute must not be blank")) {
                violations.require(!precedence.containsKey(attribute), "precedence." + attribute, "is set twice");
                precedence.put(attribute, sources(sources, "precedence." + attribute));
            }
            return this;
        }

        /**
         * The sources of every attribute without its own {@link #precedence(String, String...)}, most trusted first.
         *
         * @param sources the sources
         * @return this builder
         */
        public Builder defaultPrecedence(String... sources) {
            defaultPrecedence.clear();
            defaultPrecedence.addAll(sources(sources, "defaultPrecedence"));
            return this;
        }

        /**
         * The column holding the item's name (default {@code name}).
         *
         * @param column the column name
         * @return this builder
         */
        public Builder nameField(String column) {
            this.nameField = column;
            return this;
        }

        /**
         * The column holding the item's type (default {@code type}).
         *
         * @param column the column name
         * @return this builder
         */
        public Builder typeField(String column) {
            this.typeField = column;
            return this;
        }

        private List<String> sources(String[] sources, String path) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < sources.length; i++) {
                String s = sources[i];
                if (violations.require(s != null && !s.isBlank(), path + "[" + i + "]", "must not be blank")) {
                    violations.require(!out.contains(s), path + "[" + i + "]", "repeats source '" + s + "'");
                    out.add(s);
                }
            }
            return out;
        }

        /**
         * The reconciler.
         *
         * @return it
         * @throws ItmValidationException naming every bad setting
         */
        public CmdbReconciler build() {
            Violations v = new Violations();
            violations.list().forEach(x -> v.add(x.path(), x.message()));
            v.require(!rules.isEmpty(), "identification", "needs at least one rule");
            Set<String> names = new HashSet<>();
            rules.forEach(r -> v.require(names.add(r.name()), "identification", "repeats rule '" + r.name() + "'"));
            v.require(nameField != null && !nameField.isBlank(), "nameField", "must not be blank");
            v.require(typeField != null && !typeField.isBlank(), "typeField", "must not be blank");
            v.require(nameField == null || !nameField.equals(typeField), "typeField", "must differ from nameField");
            v.throwIfAny();
            return new CmdbReconciler(this);
        }
    }
}
