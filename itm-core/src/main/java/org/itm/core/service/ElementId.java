package org.itm.core.service;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.itm.core.id.TypedId;

/**
 * The id of an element of the service model: a {@link ServiceId} or a {@link CiId}. In JSON it carries its
 * kind, e.g. {@code {"kind":"ci","value":"db-7"}}, from a closed list (no class names are read).
 *
 * @since 0.1
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ServiceId.class, name = "service"),
        @JsonSubTypes.Type(value = CiId.class, name = "ci")
})
public sealed interface ElementId extends TypedId permits ServiceId, CiId {
}
