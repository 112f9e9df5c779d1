package org.itm.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.jspecify.annotations.Nullable;

/**
 * The single entry point to Jakarta Validation: checks the constraint annotations of an object
 * ({@link #validate(Object, Class...)}, {@link #check(Object, Class...)}) or of a record's components before the
 * record exists ({@link #validateComponents(Class, Object...)}, {@link #checkComponents(Class, Object...)}), and
 * reports every violation as a {@link Violation}
 * with its property path, such as {@code targets[P1].businessTime} or {@code members[2]}.
 *
 * <p>Works with the standard constraints ({@code @NotBlank}, {@code @NotEmpty}, {@code @Size}, {@code @Min}, ...),
 * ITM's own ({@link Identifier}, {@link PositiveDuration}) and an integrator's. The validator is built on first use,
 * once, and is thread-safe. Messages are interpolated with Hibernate Validator's parameter interpolator: a message
 * may use a constraint's attributes ({@code {max}}) but no expression language, so no EL implementation is needed
 * and nothing in an input is ever evaluated. The two standard constraints whose default message is an expression,
 * {@code @DecimalMin} and {@code @DecimalMax}, therefore need a {@code message} of their own.
 *
 * <p>Hibernate Validator logs its version once, at INFO, through JBoss Logging, which writes to SLF4J when Logback is
 * on the class path or {@code -Dorg.jboss.logging.provider=slf4j} is set, and to {@code java.util.logging}
 * otherwise. ITM leaves that choice to the application, since JBoss Logging picks one provider for the whole JVM: an
 * application with another SLF4J binding routes it to SLF4J with the system property, or with a class-path file
 * {@code META-INF/services/org.jboss.logging.LoggerProvider} holding the line
 * {@code org.jboss.logging.Slf4jLoggerProvider} (as the examples do), and then sets the level of
 * {@code org.hibernate.validator} in its SLF4J backend.
 *
 * @since 0.1
 */
public final class Validation {

    private static final String OBJECT_PATH = "<object>";

    private Validation() {
    }

    /** Built on first use (the JVM runs this class's initialiser once, thread-safely). */
    private static final class Holder {
        static final Validator VALIDATOR = jakarta.validation.Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();

        private Holder() {
        }
    }

    private static final Comparator<Violation> BY_PATH = Comparator.comparing(Violation::path)
            .thenComparing(Violation::message);

    /**
     * Validates {@code object} and returns it unchanged when it is valid.
     *
     * @param <T> the object's type
     * @param object the object with constraint annotations
     * @param groups the validation groups; none for the default group
     * @return {@code object}
     * @throws ItmValidationException naming every violated constraint with its property path, sorted by path
     */
    public static <T> T validate(T object, Class<?>... groups) {
        List<Violation> violations = check(object, groups);
        if (!violations.isEmpty()) {
            throw new ItmValidationException(violations);
        }
        return object;
    }

    /**
     * Returns every constraint violation of {@code object}, sorted by path; empty when it is valid.
     *
     * @param object the object with constraint annotations
     * @param groups the validation groups; none for the default group
     * @return the violations, possibly empty
     * @throws NullPointerException if {@code object} is null
     */
    public static List<Violation> check(Object object, Class<?>... groups) {
        Objects.requireNonNull(object, "object");
        return toViolations(Holder.VALIDATOR.validate(object, groups));
    }

    /**
     * Checks the components a record is about to be built from and throws if any breaks its annotations; the whole
     * compact constructor of a record whose rules are all annotations:
     *
     * <pre>{@code
     * record Contact(@NotBlank String name, @Identifier String team) {
     *     Contact {
     *         Validation.validateComponents(Contact.class, name, team);
     *     }
     * }
     * }</pre>
     *
     * @param type the record type
     * @param components the components in declaration order, exactly as passed to the canonical constructor
     * @throws ItmValidationException naming every violated constraint with its path, sorted by path
     * @throws IllegalArgumentException if {@code type} is not a record or the number of components is wrong
     * @see #checkComponents(Class, Object...) to add checks that annotations cannot express
     */
    public static void validateComponents(Class<? extends Record> type, @Nullable Object... components) {
        List<Violation> violations = checkComponents(type, components);
        if (!violations.isEmpty()) {
            throw new ItmValidationException(violations);
        }
    }

    /**
     * Returns every constraint violation of the components a record is about to be built from, sorted by path;
     * empty when they are valid. Call it first in the compact constructor, so the annotations on the record's
     * components are checked on every path that creates one (constructor, builder, JSON or YAML), and add the
     * checks annotations cannot express (one field against another, a format parsed by a domain type) to the same
     * {@link Violations}:
     *
     * <pre>{@code
     * record Team(@NotBlank String name, @NotEmpty List<@Identifier String> members) {
     *     Team {
     *         Violations v = new Violations().addAll(Validation.checkComponents(Team.class, name, members));
     *         v.require(members == null || members.size() == Set.copyOf(members).size(), "members",
     *                 "repeats a member");
     *         v.throwIfAny();
     *         members = List.copyOf(members);
     *     }
     * }
     * }</pre>
     *
     * <p>A violation's path is the component's name followed by any element or key, e.g. {@code members[1]}.
     * {@code @Valid} on a component is not followed: a nested record checks itself when it is built. An empty
     * {@code Optional}'s element is checked as {@code null}, so inside {@code Optional} use constraints that accept
     * {@code null} ({@code Optional<@Identifier String>}), never {@code @NotBlank} or {@code @NotNull}.
     *
     * @param type the record type
     * @param components the components in declaration order, exactly as passed to the canonical constructor
     * @return the violations, possibly empty
     * @throws IllegalArgumentException if {@code type} is not a record or the number of components is wrong
     */
    public static List<Violation> checkComponents(Class<? extends Record> type, @Nullable Object... components) {
        Objects.requireNonNull(type, "type");
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        RecordComponent[] declared = type.getRecordComponents();
        int expected = declared.length;
        if (components.length != expected) {
            throw new IllegalArgumentException(type.getSimpleName() + " has " + expected + " components, "
                    + components.length + " were given");
        }
        // Each component is checked as the value of the record's field of that name, which carries the component's
        // annotations: on Java 17 javac does not copy type-argument annotations (List<@NotBlank String>) to the
        // compact constructor's parameters, so validating the constructor's parameters would miss them.
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < declared.length; i++) {
            violations.addAll(toViolations(Holder.VALIDATOR.validateValue(type, declared[i].getName(),
                    components[i])));
        }
        violations.sort(BY_PATH);
        return List.copyOf(violations);
    }

    private static <T> List<Violation> toViolations(Set<ConstraintViolation<T>> found) {
        return found.stream()
                .map(v -> new Violation(pathOf(v.getPropertyPath()), v.getMessage()))
                .sorted(BY_PATH)
                .toList();
    }

    /**
     * The path as ITM writes it elsewhere: property names joined by dots, list indexes and map keys in brackets,
     * without Jakarta Validation's {@code <list element>}-style names.
     */
    static String pathOf(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object at = node.getKey() != null ? node.getKey() : node.getIndex();
                sb.append('[').append(at == null ? "" : at).append(']');
            }
            String name = node.getName();
            if (name != null && !name.isEmpty() && name.charAt(0) != '<') {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(name);
            }
        }
        return sb.isEmpty() ? OBJECT_PATH : sb.toString();
    }
}
