package org.itm.core.rule.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.itm.core.rule.ConditionDefinition;
import org.itm.core.rule.RuleDefinition;
import org.itm.core.rule.RuleSetDefinition;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * Jackson bindings so that definitions can sit inside any document read through {@link org.itm.core.json.ItmJson}
 * (an SLA definition's {@code appliesWhen}, a policy's rules) and are read and written exactly as on their own.
 */
public final class DefinitionJackson {

    private DefinitionJackson() {
    }

    /**
     * Reads a nested definition; violations are re-rooted relative to the definition so that ItmJson prefixes them
     * with the definition's own location ({@code $.appliesWhen.all[1].op}).
     */
    private static <T> T read(JsonParser p, DeserializationContext ctxt, Class<T> type,
                              Function<JsonNode, T> reader) {
        JsonNode node = ctxt.readTree(p);
        try {
            return reader.apply(node);
        } catch (ItmValidationException e) {
            List<Violation> relative = new ArrayList<>();
            List<String> atRoot = new ArrayList<>();
            for (Violation v : e.violations()) {
                if (v.path().startsWith("$.")) {
                    relative.add(new Violation(v.path().substring(2), v.message()));
                } else {
                    atRoot.add(v.message());
                }
            }
            if (!atRoot.isEmpty()) {
                // Root-level problems have no relative path; Jackson's own error carries the location instead.
                return ctxt.reportInputMismatch(type, "%s", String.join("; ", atRoot));
            }
            throw new ItmValidationException(relative);
        }
    }

    public static final class ConditionDeserializer extends ValueDeserializer<ConditionDefinition> {
        @Override
        public ConditionDefinition deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            return read(p, ctxt, ConditionDefinition.class, DefinitionReader::condition);
        }
    }

    public static final class ConditionSerializer extends ValueSerializer<ConditionDefinition> {
        @Override
        public void serialize(ConditionDefinition value, JsonGenerator gen, SerializationContext ctxt)
                throws JacksonException {
            ctxt.writeValue(gen, DefinitionWriter.tree(value));
        }
    }

    public static final class RuleDeserializer extends ValueDeserializer<RuleDefinition> {
        @Override
        public RuleDefinition deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            return read(p, ctxt, RuleDefinition.class, DefinitionReader::rule);
        }
    }

    public static final class RuleSerializer extends ValueSerializer<RuleDefinition> {
        @Override
        public void serialize(RuleDefinition value, JsonGenerator gen, SerializationContext ctxt)
                throws JacksonException {
            ctxt.writeValue(gen, DefinitionWriter.tree(value));
        }
    }

    public static final class RuleSetDeserializer extends ValueDeserializer<RuleSetDefinition> {
        @Override
        public RuleSetDefinition deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            return read(p, ctxt, RuleSetDefinition.class, DefinitionReader::ruleSet);
        }
    }

    public static final class RuleSetSerializer extends ValueSerializer<RuleSetDefinition> {
        @Override
        public void serialize(RuleSetDefinition value, JsonGenerator gen, SerializationContext ctxt)
                throws JacksonException {
            ctxt.writeValue(gen, DefinitionWriter.tree(value));
        }
    }
}
