package org.itm.core.rule.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itm.core.json.ItmJson;
import org.itm.core.rule.ConditionDefinition;
import org.itm.core.rule.RuleDefinition;
import org.itm.core.rule.RuleSetDefinition;

/** Writes definitions as the plain map/list tree that {@link DefinitionReader} reads back. */
public final class DefinitionWriter {

    private DefinitionWriter() {
    }

    public static String json(Object tree) {
        return ItmJson.toJson(tree);
    }

    public static String yaml(Object tree) {
        return ItmJson.toYaml(tree);
    }

    public static Map<String, Object> tree(ConditionDefinition condition) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (condition instanceof ConditionDefinition.All all) {
            out.put("all", all.all().stream().map(DefinitionWriter::tree).toList());
        } else if (condition instanceof ConditionDefinition.Any any) {
            out.put("any", any.any().stream().map(DefinitionWriter::tree).toList());
        } else if (condition instanceof ConditionDefinition.Not not) {
            out.put("not", tree(not.not()));
        } else {
            ConditionDefinition.Compare c = (ConditionDefinition.Compare) condition;
            out.put("field", c.field());
            out.put("op", c.op().symbol());
            out.put("value", c.value());
        }
        return out;
    }

    public static Map<String, Object> tree(RuleDefinition rule) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", rule.name());
        if (!rule.description().isEmpty()) {
            out.put("description", rule.description());
        }
        if (rule.priority() != 0) {
            out.put("priority", rule.priority());
        }
        rule.when().ifPresent(w -> out.put("when", tree(w)));
        out.put("then", rule.then());
        return out;
    }

    public static Map<String, Object> tree(RuleSetDefinition set) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", set.name());
        out.put("strategy", set.strategy().name());
        List<Map<String, Object>> rules = set.rules().stream().map(DefinitionWriter::tree).toList();
        out.put("rules", rules);
        return out;
    }
}
