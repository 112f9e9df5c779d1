package org.itm.core.priority;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.itm.core.ItmValidationException;
import org.itm.core.json.ItmJson;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * Maps impact × urgency to a priority; use {@link #itil3x3()} or {@link #itil5x5()}, or define your own and call
 * {@link #priorityOf(Impact, Urgency)} (or {@link #assess(Impact, Urgency)} to get the reason along with it).
 *
 * <p>A matrix is a plain value that round-trips through {@link ItmJson} as JSON or YAML:
 * <pre>{@code
 * impacts:    [{level: 1, label: High}, {level: 2, label: Medium}, {level: 3, label: Low}]
 * urgencies:  [{level: 1, label: High}, {level: 2, label: Medium}, {level: 3, label: Low}]
 * priorities: [{level: 1, label: Critical}, {level: 2, label: High}, {level: 3, label: Medium}, ...]
 * cells:                      # impact label -> urgency label -> priority label
 *   High:   {High: Critical, Medium: High,   Low: Medium}
 *   Medium: {High: High,     Medium: Medium, Low: Low}
 *   Low:    {High: Medium,   Medium: Low,    Low: Planning}
 * }</pre>
 * Construction checks that every impact × urgency cell is defined and names a known priority; each missing or
 * bad cell is reported with its path, e.g. {@code cells[High][Low]: missing priority}. Scales are kept sorted by
 * level (1 first) and labels must be unique within a scale.
 *
 * @param impacts    the impact scale, 1–{@value #MAX_LEVELS} levels with distinct levels and labels
 * @param urgencies  the urgency scale, same rules
 * @param priorities the priority scale, same rules; a priority need not appear in any cell
 * @param cells      impact label → urgency label → priority label, complete
 * @since 0.1
 */
public record PriorityMatrix(List<Impact> impacts, List<Urgency> urgencies, List<Priority> priorities,
                             Map<String, Map<String, String>> cells) {

    /** Most levels a scale may have. */
    public static final int MAX_LEVELS = 20;
    /** Longest label of a level. */
    public static final int MAX_LABEL_LENGTH = 64;

    /**
     * The checks every value of a scale ({@link Impact}, {@link Urgency}, {@link Priority}) makes of its level and
     * label: a level of at least 1, and a label of 1–{@value #MAX_LABEL_LENGTH} characters, not blank, without
     * white space around it.
     */
    static void checkScaleValue(int level, String label) {
        Checks.positive(level, "level");
        Checks.notBlank(label, "label");
        Checks.require(label.length() <= MAX_LABEL_LENGTH, "label", "must be at most " + MAX_LABEL_LENGTH
                + " characters");
        Checks.require(label.strip().equals(label), "label", "must not start or end with white space");
    }

    private static final PriorityMatrix ITIL_3X3 = itil3x3Matrix();
    private static final PriorityMatrix ITIL_5X5 = itil5x5Matrix();

    /**
     * Checks the scales and cells and keeps the scales sorted by level.
     *
     * @param impacts the impact scale
     * @param urgencies the urgency scale
     * @param priorities the priority scale
     * @param cells impact label → urgency label → priority label
     * @throws ItmValidationException naming every bad level, duplicate label and missing or unknown cell
     */
    public PriorityMatrix {
        Violations v = new Violations();
        impacts = scale(impacts, "impacts", Impact::level, Impact::label, v);
        urgencies = scale(urgencies, "urgencies", Urgency::level, Urgency::label, v);
        priorities = scale(priorities, "priorities", Priority::level, Priority::label, v);
        cells = completeCells(cells, impacts, urgencies, priorities, v);
        v.throwIfAny();
    }

    /**
     * Builds a matrix whose cells are computed by {@code rule}; handy for matrices that follow a formula.
     *
     * @param impacts the impact scale
     * @param urgencies the urgency scale
     * @param priorities the priority scale
     * @param rule the priority of each impact × urgency cell; returning {@code null} leaves the cell missing
     * @return the matrix
     * @throws ItmValidationException if a scale is invalid or {@code rule} returns a priority not on the scale
     */
    public static PriorityMatrix of(List<Impact> impacts, List<Urgency> urgencies, List<Priority> priorities,
                                    BiFunction<Impact, Urgency, Priority> rule) {
        Objects.requireNonNull(rule, "rule");
        Map<String, Map<String, String>> cells = new LinkedHashMap<>();
        for (Impact i : nonNullList(impacts, "impacts")) {
            Map<String, String> row = new LinkedHashMap<>();
            for (Urgency u : nonNullList(urgencies, "urgencies")) {
                Priority p = rule.apply(i, u);
                if (p != null) {
                    row.put(u.label(), p.label());
                }
            }
            cells.put(i.label(), row);
        }
        return new PriorityMatrix(impacts, urgencies, priorities, cells);
    }

    /**
     * The ITIL 3×3 matrix: impact and urgency High(1)/Medium(2)/Low(3); priorities Critical(1), High(2), Medium(3),
     * Low(4), Planning(5); priority level = impact level + urgency level − 1.
     *
     * <pre>
     *                 urgency High  Medium    Low
     * impact High       Critical    High      Medium
     * impact Medium     High        Medium    Low
     * impact Low        Medium      Low       Planning
     * </pre>
     *
     * @return the shared ITIL 3×3 matrix
     */
    public static PriorityMatrix itil3x3() {
        return ITIL_3X3;
    }

    /**
     * A 5×5 matrix in the ITIL style: impact Extensive(1), Significant(2), Moderate(3), Minor(4), Minimal(5);
     * urgency Critical(1), High(2), Medium(3), Low(4), Very low(5); priorities as in {@link #itil3x3()};
     * priority level = ⌊(impact level + urgency level) / 2⌋.
     *
     * <pre>
     *              U1 U2 U3 U4 U5
     *   impact 1    1  1  2  2  3
     *   impact 2    1  2  2  3  3
     *   impact 3    2  2  3  3  4
     *   impact 4    2  3  3  4  4
     *   impact 5    3  3  4  4  5
     * </pre>
     *
     * @return the shared 5×5 matrix
     */
    public static PriorityMatrix itil5x5() {
        return ITIL_5X5;
    }

    /**
     * The priority for {@code impact} × {@code urgency}.
     *
     * @param impact a value of this matrix's impact scale
     * @param urgency a value of this matrix's urgency scale
     * @return the priority of that cell
     * @throws ItmValidationException if either value is not on this matrix's scales
     */
    public Priority priorityOf(Impact impact, Urgency urgency) {
        return assess(impact, urgency).priority();
    }

    /**
     * The priority for the given levels, e.g. {@code priorityOf(1, 3)} for impact 1 × urgency 3.
     *
     * @param impactLevel a level of this matrix's impact scale, 1 being the highest impact
     * @param urgencyLevel a level of this matrix's urgency scale, 1 being the most urgent
     * @return the priority of that cell
     * @throws ItmValidationException if a level is not on this matrix's scales
     */
    public Priority priorityOf(int impactLevel, int urgencyLevel) {
        return priorityOf(impact(impactLevel), urgency(urgencyLevel));
    }

    /**
     * The priority for {@code impact} × {@code urgency} together with the cell that produced it.
     *
     * @param impact a value of this matrix's impact scale
     * @param urgency a value of this matrix's urgency scale
     * @return the priority and the cell path it came from, e.g. {@code cells[High][Low]}
     * @throws ItmValidationException if either value is not on this matrix's scales
     */
    public PriorityAssessment assess(Impact impact, Urgency urgency) {
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(urgency, "urgency");
        Violations v = new Violations();
        v.require(impacts.contains(impact), "impact", "not on this matrix's impact scale: " + impact
                + "; known: " + impacts);
        v.require(urgencies.contains(urgency), "urgency", "not on this matrix's urgency scale: " + urgency
                + "; known: " + urgencies);
        v.throwIfAny();
        // the constructor made the cells complete over both scales, checked just above
        Map<String, String> row = Objects.requireNonNull(cells.get(impact.label()));
        Priority priority = priority(Objects.requireNonNull(row.get(urgency.label())));
        return new PriorityAssessment(impact, urgency, priority,
                "cells[" + impact.label() + "][" + urgency.label() + "]");
    }

    /**
     * The impact with {@code level}; throws {@link ItmValidationException} listing the scale if there is none.
     *
     * @param level the level, 1 being the highest impact
     * @return the impact
     */
    public Impact impact(int level) {
        return find(impacts, i -> i.level() == level, "impact", "level " + level);
    }

    /**
     * The impact labelled {@code label} (exact match); throws {@link ItmValidationException} if there is none.
     *
     * @param label the label, e.g. {@code High}
     * @return the impact
     */
    public Impact impact(String label) {
        return find(impacts, i -> i.label().equals(label), "impact", "label '" + label + "'");
    }

    /**
     * The urgency with {@code level}; throws {@link ItmValidationException} listing the scale if there is none.
     *
     * @param level the level, 1 being the most urgent
     * @return the urgency
     */
    public Urgency urgency(int level) {
        return find(urgencies, u -> u.level() == level, "urgency", "level " + level);
    }

    /**
     * The urgency labelled {@code label} (exact match); throws {@link ItmValidationException} if there is none.
     *
     * @param label the label, e.g. {@code High}
     * @return the urgency
     */
    public Urgency urgency(String label) {
        return find(urgencies, u -> u.label().equals(label), "urgency", "label '" + label + "'");
    }

    /**
     * The priority with {@code level}; throws {@link ItmValidationException} listing the scale if there is none.
     *
     * @param level the level, 1 being the highest priority
     * @return the priority
     */
    public Priority priority(int level) {
        return find(priorities, p -> p.level() == level, "priority", "level " + level);
    }

    /**
     * The priority labelled {@code label} (exact match); throws {@link ItmValidationException} if there is none.
     *
     * @param label the label, e.g. {@code Critical}
     * @return the priority
     */
    public Priority priority(String label) {
        return find(priorities, p -> p.label().equals(label), "priority", "label '" + label + "'");
    }

    /**
     * This matrix as JSON, readable by {@link #fromJson(String)}.
     *
     * @return the JSON text
     */
    public String toJson() {
        return ItmJson.toJson(this);
    }

    /**
     * This matrix as YAML, readable by {@link #fromYaml(String)}.
     *
     * @return the YAML text
     */
    public String toYaml() {
        return ItmJson.toYaml(this);
    }

    /**
     * Reads a matrix from JSON; every problem (unknown property, missing cell, ...) is reported with its path.
     *
     * @param json the matrix as JSON, in the shape shown above
     * @return the validated matrix
     * @throws ItmValidationException if the text does not parse or the matrix is invalid
     */
    public static PriorityMatrix fromJson(String json) {
        return ItmJson.fromJson(json, PriorityMatrix.class);
    }

    /**
     * Reads a matrix from YAML; errors as for {@link #fromJson(String)}.
     *
     * @param yaml the matrix as YAML, in the shape shown above
     * @return the validated matrix
     * @throws ItmValidationException if the text does not parse or the matrix is invalid
     */
    public static PriorityMatrix fromYaml(String yaml) {
        return ItmJson.fromYaml(yaml, PriorityMatrix.class);
    }

    private static <T> T find(List<T> scale, Predicate<T> match, String what, String key) {
        for (T t : scale) {
            if (match.test(t)) {
                return t;
            }
        }
        throw new ItmValidationException(what, "no " + what + " with " + key + " on this matrix; known: " + scale);
    }

    private static <T> List<T> nonNullList(@Nullable List<T> list, String field) {
        if (list == null) {
            throw new ItmValidationException(field, "must not be null");
        }
        return list;
    }

    private static <T> List<T> scale(@Nullable List<T> values, String field, ToIntFunction<T> level,
                                     Function<T, String> label, Violations v) {
        if (values == null) {
            v.add(field, "must not be null");
            return List.of();
        }
        if (values.isEmpty() || values.size() > MAX_LEVELS) {
            v.add(field, "must have 1 to " + MAX_LEVELS + " levels, had " + values.size());
        }
        List<T> sorted = new ArrayList<>(values.size());
        Set<Integer> levels = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            T t = values.get(i);
            if (t == null) {
                v.add(field + "[" + i + "]", "must not be null");
                continue;
            }
            v.require(levels.add(level.applyAsInt(t)), field + "[" + i + "].level",
                    "duplicate level " + level.applyAsInt(t));
            v.require(labels.add(label.apply(t)), field + "[" + i + "].label",
                    "duplicate label '" + label.apply(t) + "'");
            sorted.add(t);
        }
        sorted.sort(Comparator.comparingInt(level));
        return List.copyOf(sorted);
    }

    private static Map<String, Map<String, String>> completeCells(@Nullable Map<String, Map<String, String>> cells,
            List<Impact> impacts, List<Urgency> urgencies, List<Priority> priorities, Violations v) {
        if (cells == null) {
            v.add("cells", "must not be null");
            return Map.of();
        }
        Set<String> impactLabels = impacts.stream().map(Impact::label).collect(Collectors.toSet());
        Set<String> urgencyLabels = urgencies.stream().map(Urgency::label).collect(Collectors.toSet());
        Set<String> priorityLabels = priorities.stream().map(Priority::label).collect(Collectors.toSet());
        for (Map.Entry<String, Map<String, String>> row : cells.entrySet()) {
            String rowPath = "cells[" + row.getKey() + "]";
            if (!impactLabels.contains(row.getKey())) {
                v.add(rowPath, "unknown impact '" + row.getKey() + "'; known: " + impacts);
                continue;
            }
            if (row.getValue() == null) {
                v.add(rowPath, "must not be null");
                continue;
            }
            for (Map.Entry<String, String> cell : row.getValue().entrySet()) {
                String cellPath = rowPath + "[" + cell.getKey() + "]";
                if (!urgencyLabels.contains(cell.getKey())) {
                    v.add(cellPath, "unknown urgency '" + cell.getKey() + "'; known: " + urgencies);
                } else if (cell.getValue() == null || !priorityLabels.contains(cell.getValue())) {
                    v.add(cellPath, "unknown priority '" + cell.getValue() + "'; known: " + priorities);
                }
            }
        }
        // Rebuilt in scale order so that equal matrices serialise identically.
        Map<String, Map<String, String>> complete = new LinkedHashMap<>();
        for (Impact i : impacts) {
            Map<String, String> given = cells.get(i.label());
            Map<String, String> row = new LinkedHashMap<>();
            for (Urgency u : urgencies) {
                String p = given == null ? null : given.get(u.label());
                if (p == null) {
                    v.add("cells[" + i.label() + "][" + u.label() + "]", "missing priority for impact "
                            + i + " x urgency " + u);
                } else {
                    row.put(u.label(), p);
                }
            }
            complete.put(i.label(), Collections.unmodifiableMap(row));
        }
        return Collections.unmodifiableMap(complete);
    }

    private static List<Priority> standardPriorities() {
        return List.of(new Priority(1, "Critical"), new Priority(2, "High"), new Priority(3, "Medium"),
                new Priority(4, "Low"), new Priority(5, "Planning"));
    }

    private static PriorityMatrix itil3x3Matrix() {
        List<Priority> priorities = standardPriorities();
        return of(List.of(new Impact(1, "High"), new Impact(2, "Medium"), new Impact(3, "Low")),
                List.of(new Urgency(1, "High"), new Urgency(2, "Medium"), new Urgency(3, "Low")),
                priorities, (i, u) -> priorities.get(i.level() + u.level() - 2));
    }

    private static PriorityMatrix itil5x5Matrix() {
        List<Priority> priorities = standardPriorities();
        return of(List.of(new Impact(1, "Extensive"), new Impact(2, "Significant"), new Impact(3, "Moderate"),
                        new Impact(4, "Minor"), new Impact(5, "Minimal")),
                List.of(new Urgency(1, "Critical"), new Urgency(2, "High"), new Urgency(3, "Medium"),
                        new Urgency(4, "Low"), new Urgency(5, "Very low")),
                priorities, (i, u) -> priorities.get((i.level() + u.level()) / 2 - 1));
    }
}
