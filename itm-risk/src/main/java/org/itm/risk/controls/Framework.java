package org.itm.risk.controls;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * A compliance framework's requirements (identifiers and titles). The shipped ones: {@link #iso27001()} (93 Annex A
 * controls), {@link #nistCsf2()} (6 functions and 22 categories), {@link #cisV8()} (18 controls).
 *
 * @param id           framework id used in {@link RequirementRef}
 * @param name         display name
 * @param requirements requirements in document order
 */
public record Framework(String id, String name, List<Requirement> requirements) {

    public static final String ISO_27001_2022 = "ISO27001:2022";
    public static final String NIST_CSF_2_0 = "NIST-CSF:2.0";
    public static final String CIS_V8 = "CIS:8";

    public Framework {
        Checks.notBlank(id, "id");
        Checks.notBlank(name, "name");
        Checks.notEmpty(requirements, "requirements");
        requirements = List.copyOf(requirements);
    }

    public static Framework iso27001() {
        return Shipped.ISO;
    }

    public static Framework nistCsf2() {
        return Shipped.CSF;
    }

    public static Framework cisV8() {
        return Shipped.CIS;
    }

    /** The shipped framework with {@code id}, if any. */
    public static Optional<Framework> shipped(String id) {
        return Optional.ofNullable(Shipped.BY_ID.get(id));
    }

    public Optional<Requirement> requirement(String requirementId) {
        return requirements.stream().filter(r -> r.id().equals(requirementId)).findFirst();
    }

    private static final class Shipped {
        static final Framework ISO = load(ISO_27001_2022, "ISO/IEC 27001:2022 Annex A", "iso27001-2022-annex-a.tsv");
        static final Framework CSF = load(NIST_CSF_2_0, "NIST Cybersecurity Framework 2.0", "nist-csf-2.0.tsv");
        static final Framework CIS = load(CIS_V8, "CIS Critical Security Controls v8", "cis-controls-v8.tsv");
        static final Map<String, Framework> BY_ID = Map.of(ISO.id(), ISO, CSF.id(), CSF, CIS.id(), CIS);

        private static Framework load(String id, String name, String resource) {
            List<Requirement> requirements = new ArrayList<>();
            try (InputStream in = Framework.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                Map<String, Boolean> seen = new LinkedHashMap<>();
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] parts = line.split("\t", 2);
                    if (parts.length != 2 || seen.put(parts[0], true) != null) {
                        throw new IllegalStateException("bad or duplicate line in " + resource + ": " + line);
                    }
                    requirements.add(new Requirement(id, parts[0], parts[1].strip()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Framework(id, name, requirements);
        }
    }
}
