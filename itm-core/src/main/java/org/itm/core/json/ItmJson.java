package org.itm.core.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.itm.core.json.internal.CanonicalInstantDeserializer;
import org.itm.core.json.internal.GuardedYamlFactory;
import org.itm.core.json.internal.UnknownProperties;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The one Jackson configuration of the SDK: use {@link #json()} and {@link #yaml()} (or the convenience
 * methods) instead of building mappers of your own, so that every module reads and writes the same way.
 *
 * <ul>
 *   <li>{@code java.time} values are written as ISO-8601 strings ({@code 2026-03-26T13:00:00Z}, {@code PT8H});</li>
 *   <li>no default typing: a document never chooses which class is instantiated;</li>
 *   <li>objects are written from their fields (a record from its components), never from getter-like methods
 *       such as {@code isEmpty()}, so what is written is exactly the state that is read back;</li>
 *   <li>unknown properties fail (configuration typos are reported, not ignored), as do {@code null}s for
 *       primitives, {@code null} elements of lists and maps, a {@code null} or empty document, and duplicate
 *       keys;</li>
 *   <li>no coercion changes data: a fraction is not read as a whole number, a number not as an enum constant;</li>
 *   <li>YAML is data only: anchors, aliases and tags are rejected with their line and column;</li>
 *   <li>input is bounded: {@value #MAX_DOCUMENT_CHARS} characters per document, nesting depth
 *       {@value #MAX_NESTING_DEPTH}, strings of at most {@value #MAX_STRING_CHARS} characters, in JSON and YAML
 *       alike (YAML also rejects a run of more than {@value #MAX_STRING_CHARS} characters without white space,
 *       as soon as it is read).</li>
 * </ul>
 *
 * <p>Reading failures are reported as {@link ItmValidationException} whose violation path is the JSON path of
 * the bad element. The mappers are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ItmJson {

    /** Largest accepted document, in characters. */
    public static final long MAX_DOCUMENT_CHARS = 16L * 1024 * 1024;
    /** Deepest accepted nesting of objects and arrays. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest accepted string value, in characters. */
    public static final int MAX_STRING_CHARS = 1024 * 1024;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxDocumentLength(MAX_DOCUMENT_CHARS)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_CHARS)
            .maxNumberLength(100)
            .maxNameLength(1024)
            .build();

    private static final JsonMapper JSON = configure(JsonMapper.builder(
            JsonFactory.builder().streamReadConstraints(LIMITS).build())).build();

    // the YAML scanner's own document bound matches JSON's; a larger read window keeps long runs linear to read
    private static final LoadSettings YAML_LOAD = LoadSettings.builder()
            .setCodePointLimit((int) MAX_DOCUMENT_CHARS)
            .setBufferSize(16 * 1024)
            .setAllowDuplicateKeys(false)
            .build();

    private static final YAMLMapper YAML = configure(YAMLMapper.builder(new GuardedYamlFactory(
            YAMLFactory.builder().streamReadConstraints(LIMITS).loadSettings(YAML_LOAD)
                    // type and object ids as properties, as in JSON: the reader rejects YAML tags and anchors
                    .disable(YAMLWriteFeature.USE_NATIVE_TYPE_ID)
                    .disable(YAMLWriteFeature.USE_NATIVE_OBJECT_ID), MAX_STRING_CHARS)))
            .build();

    private static final Pattern SOURCE_REDACTED =
            Pattern.compile(" ?\\(start marker at \\[Source: REDACTED[^\\]]*\\]\\)");

    private ItmJson() {
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
        return builder
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DateTimeFeature.WRITE_DATE_KEYS_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // no silent coercions that change data: 2.7 is not 2, and 1 is not an enum constant
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.Float,
                        CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Enum, c -> c.setCoercion(CoercionInputShape.Integer,
                        CoercionAction.Fail))
                // a null inside a list or map is reported at its path, not as an NPE from List.copyOf
                .changeDefaultNullHandling(n -> JsonSetter.Value.forContentNulls(Nulls.FAIL))
                // state, not convenience methods: a record's isEmpty() or a class's getTotal() is not data
                .changeDefaultVisibility(v -> v
                        .withFieldVisibility(JsonAutoDetect.Visibility.ANY)
                        .withGetterVisibility(JsonAutoDetect.Visibility.NONE)
                        .withIsGetterVisibility(JsonAutoDetect.Visibility.NONE)
                        .withSetterVisibility(JsonAutoDetect.Visibility.NONE))
                // instants in the form written here are scanned directly; any other form is read as before
                .addModule(new SimpleModule("itm-instants").addDeserializer(Instant.class, instantDeserializer()));
    }

    @SuppressWarnings("unchecked")   // it reads only instants: Jackson's own Instant deserializer does the rest
    private static ValueDeserializer<Instant> instantDeserializer() {
        return (ValueDeserializer<Instant>) (ValueDeserializer<?>) new CanonicalInstantDeserializer();
    }

    /**
     * The SDK's JSON mapper.
     *
     * @return the shared, thread-safe mapper; do not reconfigure it
     */
    public static JsonMapper json() {
        return JSON;
    }

    /**
     * The SDK's YAML mapper, configured like {@link #json()}.
     *
     * @return the shared, thread-safe mapper; do not reconfigure it
     */
    public static YAMLMapper yaml() {
        return YAML;
    }

    /**
     * Writes {@code value} as JSON.
     *
     * @param value the value, typically a record
     * @return the JSON text
     */
    public static String toJson(Object value) {
        Objects.requireNonNull(value, "value");
        return JSON.writeValueAsString(value);
    }

    /**
     * Writes {@code value} as YAML.
     *
     * @param value the value, typically a record
     * @return the YAML text
     */
    public static String toYaml(Object value) {
        Objects.requireNonNull(value, "value");
        return YAML.writeValueAsString(value);
    }

    /**
     * Reads {@code json} as a {@code type}.
     *
     * @param <T> the type to read
     * @param json the JSON text
     * @param type the class to read, typically a record validated in its constructor
     * @return the value read
     * @throws ItmValidationException if the text is not valid JSON for the type, naming the path of the bad element
     */
    public static <T> T fromJson(String json, Class<T> type) {
        return read(JSON, json, JSON.constructType(type));
    }

    /**
     * Reads {@code json} as the generic {@code type}, e.g. {@code json().getTypeFactory().constructCollectionType(...)}.
     *
     * @param <T> the type to read
     * @param json the JSON text
     * @param type the generic type to read
     * @return the value read
     * @throws ItmValidationException if the text is not valid JSON for the type, naming the path of the bad element
     */
    public static <T> T fromJson(String json, JavaType type) {
        return read(JSON, json, type);
    }

    /**
     * Reads {@code yaml} as a {@code type}; errors as for {@link #fromJson(String, Class)}.
     *
     * @param <T> the type to read
     * @param yaml the YAML text
     * @param type the class to read, typically a record validated in its constructor
     * @return the value read
     */
    public static <T> T fromYaml(String yaml, Class<T> type) {
        return read(YAML, yaml, YAML.constructType(type));
    }

    private static <T> T read(ObjectMapper mapper, String text, JavaType type) {
        Objects.requireNonNull(text, "text");
        T value;
        try {
            value = mapper.readValue(text, type);
        } catch (ItmValidationException e) {
            throw unknownPropertiesOr(mapper, text, type, e);
        } catch (JacksonException e) {
            throw unknownPropertiesOr(mapper, text, type, toValidation(e));
        }
        if (value == null) {
            throw new ItmValidationException("$", "the document is empty or null; expected "
                    + type.getRawClass().getSimpleName());
        }
        return value;
    }

    /** A typo'd property makes the record report the property it lacks; name the unknown one instead. */
    private static ItmValidationException unknownPropertiesOr(ObjectMapper mapper, String text, JavaType type,
            ItmValidationException failure) {
        List<Violation> unknown;
        try {
            unknown = UnknownProperties.find(mapper.readTree(text), type);
        } catch (JacksonException e) {
            return failure;
        }
        return unknown.isEmpty() ? failure : new ItmValidationException(unknown);
    }

    /**
     * Translates a Jackson failure into a validation exception whose path is the JSON path of the bad element.
     *
     * @param e the failure from reading or converting
     * @return the exception with one violation, at the path of the bad element ({@code $} for the root)
     */
    public static ItmValidationException toValidation(JacksonException e) {
        Throwable cause = e.getCause();
        if (cause instanceof ItmValidationException nested) {
            String prefix = pathOf(e);
            if ("$".equals(prefix)) {
                return nested;
            }
            return new ItmValidationException(nested.violations().stream()
                    .map(v -> new Violation(prefix + "." + v.path(), v.message()))
                    .toList());
        }
        String path = pathOf(e);
        // the source is never included in locations (it may hold secrets), so Jackson's "[Source: REDACTED ...]"
        // text says nothing to a reader: drop it and give line and column instead
        String message = SOURCE_REDACTED.matcher(e.getOriginalMessage()).replaceAll("");
        // a syntax error (truncated or malformed text): say where in the text it is, beside the path reached
        var location = e.getLocation();
        if (e instanceof tools.jackson.core.exc.StreamReadException && location != null && location.getLineNr() > 0
                && !message.contains("(at line ")) {
            message = message + " (at line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        }
        return new ItmValidationException(path, message);
    }

    private static String pathOf(JacksonException e) {
        if (e.getPath().isEmpty() && e.processor() instanceof JsonParser parser) {
            // a failure inside the parser (a YAML tag, a too-long string) carries no path: take the parser's
            return pathOf(parser.streamReadContext());
        }
        StringBuilder path = new StringBuilder("$");
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append('.').append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String pathOf(TokenStreamContext context) {
        ArrayDeque<String> parts = new ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.currentName() != null) {
                parts.addFirst("." + c.currentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                parts.addFirst("[" + c.getCurrentIndex() + "]");
            }
        }
        return "$" + String.join("", parts);
    }
}
