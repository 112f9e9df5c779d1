package org.itm.core.rule.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.itm.core.ItmValidationException;
import org.itm.core.json.ItmJson;
import org.itm.core.rule.ConditionDefinition;
import org.itm.core.rule.MatchStrategy;
import org.itm.core.rule.Operator;
import org.itm.core.rule.RuleDefinition;
import org.itm.core.rule.RuleSetDefinition;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * Reads definitions from a JSON tree, walking it by hand so that every problem is reported with the exact path
 * of the bad element and all problems are reported together.
 */
public final class DefinitionReader {

    private static final Set<String> CONDITION_KEYS = Set.of("all", "any", "not", "field", "op", "value");
    private static final Set<String> RULE_KEYS = Set.of("name", "description", "priority", "when", "then");
    private static final Set<String> RULE_SET_KEYS = Set.of("name", "strategy", "rules");
    private static final String CONDITION_SHAPE = "expected exactly one of 'all', 'any', 'not', "
            + "or 'field' with 'op' and 'value'";

    private DefinitionReader() {
    }

    public static JsonNode parseJson(String json) {
        return parse(ItmJson.json().reader(), json);
    }

    public static JsonNode parseYaml(String yaml) {
        return parse(ItmJson.yaml().reader(), yaml);
    }

    private static JsonNode parse(ObjectReader reader, String text) {
        Objects.requireNonNull(text, "text");
        try {
            JsonNode node = reader.with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(text);
            if (node == null || node.isMissingNode() || node.isNull()) {
                throw new ItmValidationException("$", "the document is empty");
            }
            return node;
        } catch (JacksonException e) {
            throw ItmJson.toValidation(e);
        }
    }

    public static ConditionDefinition condition(JsonNode root) {
        Violations v = new Violations();
        ConditionDefinition c = readCondition(root, "$", v);
        v.throwIfAny();
        return Objects.requireNonNull(c);
    }

    public static RuleDefinition rule(JsonNode root) {
        Violations v = new Violations();
        RuleDefinition r = readRule(root, "$", v);
        v.throwIfAny();
        return Objects.requireNonNull(r);
    }

    public static RuleSetDefinition ruleSet(JsonNode root) {
        Violations v = new Violations();
        if (!root.isObject()) {
            throw new ItmValidationException("$", "must be an object with name, strategy and rules");
        }
        unknownKeys(root, "$", RULE_SET_KEYS, v);
        String name = requiredString(root, "name", "$", v);
        MatchStrategy strategy = null;
        JsonNode s = root.get("strategy");
        if (s == null) {
            v.add("$.strategy", "is required; one of " + Arrays.toString(MatchStrategy.values()));
        } else {
            strategy = Arrays.stream(MatchStrategy.values()).filter(m -> s.isString() && m.name().equals(s.stringValue()))
                    .findFirst().orElse(null);
            v.require(strategy != null, "$.strategy", "unknown strategy " + shown(s) + "; one of "
                    + Arrays.toString(MatchStrategy.values()));
        }
        List<RuleDefinition> rules = new ArrayList<>();
        JsonNode r = root.get("rules");
        if (r == null || !r.isArray()) {
            v.add("$.rules", "is required and must be a list of rules");
        } else {
            for (int i = 0; i < r.size(); i++) {
                RuleDefinition rule = readRule(r.get(i), "$.rules[" + i + "]", v);
                if (rule != null) {
                    rules.add(rule);
                }
            }
        }
        v.throwIfAny();
        MatchStrategy chosen = Objects.requireNonNull(strategy);
        RuleSetDefinition definition = construct(() -> new RuleSetDefinition(Checks.toValidate(name), chosen, rules), "$", v);
        v.throwIfAny();
        return Objects.requireNonNull(definition);
    }

    private static @Nullable RuleDefinition readRule(JsonNode node, String path, Violations v) {
        if (!node.isObject()) {
            v.add(path, "must be an object with name, when and then");
            return null;
        }
        int before = v.list().size();
        unknownKeys(node, path, RULE_KEYS, v);
        String name = requiredString(node, "name", path, v);
        String description = "";
        JsonNode d = node.get("description");
        if (d != null) {
            if (v.require(d.isString(), path + ".description", "must be a string")) {
                description = d.stringValue();
            }
        }
        int priority = 0;
        JsonNode p = node.get("priority");
        if (p != null) {
            if (v.require(p.isIntegralNumber() && p.canConvertToInt(), path + ".priority",
                    "must be a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE)) {
                priority = p.intValue();
            }
        }
        ConditionDefinition when = null;
        JsonNode w = node.get("when");
        if (w != null) {
            when = readCondition(w, path + ".when", v);
        }
        Object then = null;
        JsonNode t = node.get("then");
        if (t == null) {
            v.add(path + ".then", "is required: the rule's outcome");
        } else {
            then = neutral(t, path + ".then", v);
        }
        if (v.list().size() > before) {
            return null;
        }
        String finalDescription = description;
        int finalPriority = priority;
        Optional<ConditionDefinition> finalWhen = Optional.ofNullable(when);
        Object finalThen = Objects.requireNonNull(then);
        return construct(() -> new RuleDefinition(Checks.toValidate(name), finalDescription, finalPriority, finalWhen, finalThen),
                path, v);
    }

    private static @Nullable ConditionDefinition readCondition(JsonNode node, String path, Violations v) {
        if (!node.isObject()) {
            v.add(path, "must be an object; " + CONDITION_SHAPE);
            return null;
        }
        unknownKeys(node, path, CONDITION_KEYS, v);
        List<String> kinds = new ArrayList<>();
        for (String k : List.of("all", "any", "not")) {
            if (node.has(k)) {
                kinds.add(k);
            }
        }
        boolean comparison = node.has("field") || node.has("op") || node.has("value");
        if (comparison) {
            kinds.add("field/op/value");
        }
        if (kinds.size() != 1) {
            v.add(path, (kinds.isEmpty() ? "no condition given; " : "mixes " + String.join(" and ", kinds) + "; ")
                    + CONDITION_SHAPE);
            return null;
        }
        switch (kinds.get(0)) {
            case "all", "any" -> {
                String key = kinds.get(0);
                JsonNode list = node.get(key);
                if (!list.isArray() || list.isEmpty()) {
                    v.add(path + "." + key, "must be a non-empty list of conditions");
                    return null;
                }
                List<ConditionDefinition> parts = new ArrayList<>();
                boolean ok = true;
                for (int i = 0; i < list.size(); i++) {
                    ConditionDefinition part = readCondition(list.get(i), path + "." + key + "[" + i + "]", v);
                    ok &= part != null;
                    if (part != null) {
                        parts.add(part);
                    }
                }
                if (!ok) {
                    return null;
                }
                return construct(() -> key.equals("all") ? new ConditionDefinition.All(parts)
                        : new ConditionDefinition.Any(parts), path, v);
            }
            case "not" -> {
                ConditionDefinition inner = readCondition(node.get("not"), path + ".not", v);
                return inner == null ? null : new ConditionDefinition.Not(inner);
            }
            default -> {
                return readComparison(node, path, v);
            }
        }
    }

    private static @Nullable ConditionDefinition readComparison(JsonNode node, String path, Violations v) {
        int before = v.list().size();
        String field = requiredString(node, "field", path, v);
        Operator op = null;
        JsonNode o = node.get("op");
        if (o == null) {
            v.add(path + ".op", "is required; one of " + symbols());
        } else if (!o.isString()) {
            v.add(path + ".op", "must be a string; one of " + symbols());
        } else {
            op = Operator.fromSymbol(o.stringValue()).orElse(null);
            v.require(op != null, path + ".op", "unknown operator " + shown(o) + "; one of " + symbols());
        }
        Object value = null;
        JsonNode val = node.get("value");
        if (val == null) {
            v.add(path + ".value", "is required");
        } else {
            value = neutral(val, path + ".value", v);
        }
        if (v.list().size() > before) {
            return null;
        }
        Operator finalOp = Objects.requireNonNull(op);
        Object finalValue = Objects.requireNonNull(value);
        return construct(() -> new ConditionDefinition.Compare(Checks.toValidate(field), finalOp, finalValue), path, v);
    }

    /** Converts a JSON value into the neutral model of {@link Values}; reports nulls with their path. */
    private static @Nullable Object neutral(JsonNode node, String path, Violations v) {
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            try {
                return Values.scalar(node.decimalValue(), path);
            } catch (ItmValidationException e) {
                v.addAll("", e);
                return null;
            }
        }
        if (node.isArray()) {
            List<Object> out = new ArrayList<>(node.size());
            boolean ok = true;
            for (int i = 0; i < node.size(); i++) {
                Object element = neutral(node.get(i), path + "[" + i + "]", v);
                ok &= element != null;
                out.add(element);
            }
            return ok ? out : null;
        }
        if (node.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            boolean ok = true;
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                Object value = neutral(e.getValue(), path + "." + e.getKey(), v);
                ok &= value != null;
                out.put(e.getKey(), value);
            }
            return ok ? out : null;
        }
        v.add(path, node.isNull() ? "must not be null" : "unsupported value " + node.getNodeType());
        return null;
    }

    private static @Nullable String requiredString(JsonNode node, String key, String path, Violations v) {
        JsonNode n = node.get(key);
        if (n == null) {
            v.add(path + "." + key, "is required");
            return null;
        }
        if (!n.isString() || n.stringValue().isBlank()) {
            v.add(path + "." + key, "must be a non-blank string");
            return null;
        }
        return n.stringValue();
    }

    private static void unknownKeys(JsonNode node, String path, Set<String> known, Violations v) {
        for (String key : node.propertyNames()) {
            if (!known.contains(key)) {
                v.add(path + "." + key, "unknown property '" + key + "'; expected one of "
                        + known.stream().sorted().collect(Collectors.joining(", ")));
            }
        }
    }

    /** Runs a record constructor, re-rooting its violations at {@code path}. */
    private static <T> @Nullable T construct(Supplier<T> constructor, String path, Violations v) {
        try {
            return constructor.get();
        } catch (ItmValidationException e) {
            v.addAll(path, e);
            return null;
        }
    }

    private static String shown(JsonNode node) {
        return node.isString() ? Values.show(node.stringValue()) : Values.show(node.toString());
    }

    private static String symbols() {
        return Arrays.stream(Operator.values()).map(Operator::symbol).collect(Collectors.joining(", "));
    }
}
