package org.itm.core.json.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.itm.core.Violation;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * Finds properties a document gives that its record types do not declare.
 *
 * <p>Why: Jackson builds a record from its known properties before it reports the unknown ones, so a typo
 * ({@code txt:} for {@code text:}) surfaces as the record's own "text is required". After a failed read the
 * document is walked once more against the records' properties and the unknown ones are reported instead.
 * Records with a {@link JsonCreator} are read through its {@link JsonProperty} parameters; other types
 * (polymorphic, hand-written deserializers, non-records) are not inspected.
 */
public final class UnknownProperties {

    private UnknownProperties() {
    }

    /**
     * @param node the document
     * @param type the type it was read as
     * @return one violation per unknown property, with its JSON path; empty when there are none
     */
    public static List<Violation> find(JsonNode node, Type type) {
        List<Violation> out = new ArrayList<>();
        walk(node, type, "$", out, 0);
        return out;
    }

    private static void walk(JsonNode node, Type type, String path, List<Violation> out, int depth) {
        if (depth > 64 || node == null || node.isNull()) {
            return;
        }
        if (type instanceof JavaType j) {
            if (j.isContainerType() || j.isReferenceType()) {
                JavaType content = j.getContentType();
                if (content != null) {
                    walk(node, j.isReferenceType() ? new OptionalOf(content)
                            : j.isMapLikeType() ? new MapOf(content) : new ListOf(content), path, out, depth);
                }
            } else {
                walk(node, j.getRawClass(), path, out, depth);
            }
            return;
        }
        if (type instanceof WildcardType w) {
            walk(node, w.getUpperBounds()[0], path, out, depth);
            return;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (raw == Optional.class) {
                walk(node, args[0], path, out, depth + 1);
            } else if (Collection.class.isAssignableFrom(raw) && node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    walk(node.get(i), args[0], path + "[" + i + "]", out, depth + 1);
                }
            } else if (Map.class.isAssignableFrom(raw) && node.isObject() && args.length == 2) {
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    walk(e.getValue(), args[1], path + "." + e.getKey(), out, depth + 1);
                }
            }
            return;
        }
        if (!(type instanceof Class<?> c) || !c.isRecord() || !node.isObject()) {
            return;
        }
        Map<String, Type> properties = properties(c);
        if (properties == null) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            Type propertyType = properties.get(e.getKey());
            if (propertyType == null) {
                out.add(new Violation(path + "." + e.getKey(), "unknown property '" + e.getKey()
                        + "'; expected one of " + String.join(", ", properties.keySet())));
            } else {
                walk(e.getValue(), propertyType, path + "." + e.getKey(), out, depth + 1);
            }
        }
    }

    private static @Nullable Map<String, Type> properties(Class<?> record) {
        List<Executable> creators = Stream.concat(Stream.of(record.getDeclaredConstructors()),
                        Stream.of(record.getDeclaredMethods()).filter(m -> Modifier.isStatic(m.getModifiers())))
                .filter(x -> x.isAnnotationPresent(JsonCreator.class))
                .toList();
        Map<String, Type> out = new LinkedHashMap<>();
        if (creators.isEmpty()) {
            for (RecordComponent rc : record.getRecordComponents()) {
                out.put(rc.getName(), rc.getGenericType());
            }
        } else if (creators.size() == 1) {
            Executable creator = creators.get(0);
            Parameter[] parameters = creator.getParameters();
            Type[] types = creator.getGenericParameterTypes();
            if (types.length != parameters.length) {
                return null;
            }
            for (int i = 0; i < parameters.length; i++) {
                JsonProperty name = parameters[i].getAnnotation(JsonProperty.class);
                if (name == null) {
                    return null;
                }
                out.put(name.value(), types[i]);
            }
        } else {
            return null;
        }
        return out.keySet().stream().sorted().collect(Collectors.toMap(k -> k, out::get, (a, b) -> a,
                LinkedHashMap::new));
    }

    private record OptionalOf(Type content) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return new Type[] {content};
        }

        @Override
        public Type getRawType() {
            return Optional.class;
        }

        @Override
        public @Nullable Type getOwnerType() {
            return null;
        }
    }

    private record ListOf(Type content) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return new Type[] {content};
        }

        @Override
        public Type getRawType() {
            return List.class;
        }

        @Override
        public @Nullable Type getOwnerType() {
            return null;
        }
    }

    private record MapOf(Type content) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return new Type[] {String.class, content};
        }

        @Override
        public Type getRawType() {
            return Map.class;
        }

        @Override
        public @Nullable Type getOwnerType() {
            return null;
        }
    }
}
