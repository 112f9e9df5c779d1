package org.itm.core.rule.internal;

import java.util.Locale;
import java.util.function.Function;
import org.itm.core.rule.FieldType;
import org.jspecify.annotations.Nullable;

/**
 * One field of a fact schema: its name, type and accessor. For {@link FieldType#COLLECTION} the element type is
 * given; for enums (or collections of enums) the enum class.
 */
public record FieldDef<F>(String name, FieldType type, @Nullable FieldType elementType,
                          @Nullable Class<? extends Enum<?>> enumType, Function<? super F, ?> getter) {

    /** The type values compared with this field must have: the element type for collections. */
    public FieldType valueType() {
        return type == FieldType.COLLECTION && elementType != null ? elementType : type;
    }

    /** How the type reads in messages, e.g. {@code collection of ENUM Impact}. */
    public String describeType() {
        FieldType t = valueType();
        String base = t == FieldType.ENUM && enumType != null ? "enum " + enumType.getSimpleName()
                : t.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return type == FieldType.COLLECTION ? "collection of " + base : base;
    }
}
