package org.itm.risk.controls;

import org.itm.risk.controls.internal.OscalReader;

/**
 * Reads OSCAL (NIST's Open Security Controls Assessment Language) JSON: catalogues such as NIST SP 800-53
 * rev. 5 and profiles (baselines) that select from them. Writing ITM's control tests as an OSCAL
 * assessment-results document is {@link OscalAssessmentResults}.
 *
 * <p>A document is taken whole or not at all: one that is not JSON, is truncated, exceeds
 * {@link org.itm.core.json.ItmJson}'s limits or {@value #MAX_CONTROLS} controls, is another OSCAL model, or has
 * bad fields is rejected with an {@link org.itm.core.ItmValidationException} that names every bad field by its
 * JSON path, with the control id beside it (e.g. {@code $.catalog.groups[0].controls[3](ac-4).title: is
 * required}). A catalogue missing one control would make a gap analysis silently wrong, so there is no partial
 * import.
 *
 * @since 0.1
 */
public final class Oscal {

    /** Most controls and enhancements read from one catalogue. */
    public static final int MAX_CONTROLS = OscalReader.MAX_CONTROLS;

    private Oscal() {
    }

    /**
     * Reads an OSCAL catalogue ({@code {"catalog": {...}}}): groups, controls, enhancements, parameters and parts.
     *
     * @param json the document
     * @return the catalogue
     * @throws org.itm.core.ItmValidationException if the document cannot be read, naming every bad field
     */
    public static ControlCatalog readCatalog(String json) {
        return OscalReader.catalog(json);
    }

    /**
     * Reads an OSCAL profile ({@code {"profile": {...}}}): its imports with {@code include-all},
     * {@code include-controls} and {@code exclude-controls} ({@code with-ids}, {@code matching},
     * {@code with-child-controls}), {@code modify.set-parameters} (values) and {@code modify.alters} (removes
     * by id or name; adds of parts and parameters). Apply it with {@link ControlProfile#resolve(ControlCatalog)}.
     * Imports of other profiles are not resolved here: resolve the imported profile first and give its result
     * as the catalogue. {@code merge} is not read: the result keeps the catalogue's families ("as-is").
     *
     * @param json the document
     * @return the profile
     * @throws org.itm.core.ItmValidationException if the document cannot be read, naming every bad field
     */
    public static ControlProfile readProfile(String json) {
        return OscalReader.profile(json);
    }
}
