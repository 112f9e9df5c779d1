package org.itm.examples.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.examples.report.internal.HtmlRenderer;
import org.jspecify.annotations.Nullable;

/**
 * A self-contained HTML report: one file with inline CSS and inline SVG charts, no scripts and nothing
 * loaded from the network, so it can be mailed or archived and opened anywhere. The output depends only on
 * the content, so the same input always gives the same bytes. Example: {@code
 * HtmlReport.builder().title("IT management — March").section(ops).build().writeTo(Path.of("report.html"))}.
 */
public final class HtmlReport {

    private final String title;
    private final String subtitle;
    private final List<Section> sections;

    private HtmlReport(String title, String subtitle, List<Section> sections) {
        this.title = title;
        this.subtitle = subtitle;
        this.sections = List.copyOf(sections);
    }

    /** Starts a report. */
    public static Builder builder() {
        return new Builder();
    }

    /** The report title. */
    public String title() {
        return title;
    }

    /** The subtitle, empty when there is none. */
    public String subtitle() {
        return subtitle;
    }

    /** The sections in order. */
    public List<Section> sections() {
        return sections;
    }

    /** The complete HTML document. */
    public String render() {
        return HtmlRenderer.render(this);
    }

    /**
     * Writes the document to {@code file} as UTF-8, creating missing parent directories, and returns the
     * file's absolute path.
     *
     * @throws UncheckedIOException if the file cannot be written
     */
    public Path writeTo(Path file) {
        Checks.notNull(file, "file");
        Path target = file.toAbsolutePath();
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            Files.writeString(target, render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report to " + target, e);
        }
        return target;
    }

    /** Collects the title, subtitle and sections of an {@link HtmlReport}. */
    public static final class Builder {
        private @Nullable String title;
        private String subtitle = "";
        private final List<Section> sections = new ArrayList<>();

        private Builder() {
        }

        /** The report title (required), shown as the page heading and the browser tab title. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** A line under the title, such as the period and organisation. */
        public Builder subtitle(String subtitle) {
            this.subtitle = subtitle;
            return this;
        }

        /** Adds a section; section ids must be unique within the report. */
        public Builder section(Section section) {
            sections.add(Checks.notNull(section, "section"));
            return this;
        }

        /** Validates and builds the report. */
        public HtmlReport build() {
            Violations v = new Violations();
            v.check("", () -> Checks.notBlank(title, "title"));
            v.check("", () -> Checks.notNull(subtitle, "subtitle"));
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < sections.size(); i++) {
                String id = sections.get(i).id();
                v.require(ids.add(id), "sections[" + i + "].id", "duplicates the id '" + id + "' of an earlier section");
            }
            v.throwIfAny();
            // the checks above rejected a missing title
            return new HtmlReport(Objects.requireNonNull(title), subtitle, sections);
        }
    }
}
