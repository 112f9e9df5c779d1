package org.itm.core.json.internal;

import java.io.Reader;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A YAML parser for configuration data: anchors and aliases are rejected (Jackson would hand over an alias's name
 * as if it were the value), tags are rejected (Jackson would drop them and keep the bare value, so
 * {@code !!java.lang.Runtime x} would read as {@code x}), and scalars are held to the stream's string length limit
 * as JSON strings are. Each error names the line and column.
 */
final class GuardedYamlParser extends YAMLParser {

    private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";

    GuardedYamlParser(ObjectReadContext ctxt, IOContext io, BufferRecycler recycler, int streamFeatures,
            int formatFeatures, LoadSettings settings, Reader reader) {
        super(ctxt, io, recycler, streamFeatures, formatFeatures, settings, reader);
    }

    @Override
    protected Event nextEvent() {
        Event event = super.nextEvent();
        if (event instanceof AliasEvent alias) {
            throw _constructReadException("YAML aliases are not supported (alias '*"
                    + alias.getAlias().getValue() + "' " + where(event) + "); write the value out");
        }
        if (event instanceof NodeEvent node && node.getAnchor().isPresent()) {
            throw _constructReadException("YAML anchors are not supported (anchor '&"
                    + node.getAnchor().get().getValue() + "' " + where(event) + "); write the value out");
        }
        Optional<String> tag = event instanceof ScalarEvent s ? s.getTag()
                : event instanceof CollectionStartEvent c ? c.getTag() : Optional.empty();
        if (tag.isPresent()) {
            String t = tag.get();
            String shown = t.startsWith(CORE_TAG_PREFIX) ? "!!" + t.substring(CORE_TAG_PREFIX.length()) : t;
            throw _constructReadException("YAML tags are not supported (tag '" + shown + "' " + where(event)
                    + "); remove it, quote the value if it must be a string");
        }
        if (event instanceof ScalarEvent s) {
            streamReadConstraints().validateStringLength(s.getValue().length());
        }
        return event;
    }

    private static String where(Event event) {
        Optional<Mark> mark = event.getStartMark();
        return mark.map(m -> "at line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1))
                .orElse("in the document");
    }
}
