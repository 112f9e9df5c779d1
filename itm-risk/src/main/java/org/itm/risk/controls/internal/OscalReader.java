package org.itm.risk.controls.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.itm.core.json.ItmJson;
import org.itm.core.json.JsonTreeFields;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.risk.controls.CatalogControl;
import org.itm.risk.controls.ControlAlteration;
import org.itm.risk.controls.ControlCatalog;
import org.itm.risk.controls.ControlFamily;
import org.itm.risk.controls.ControlParameter;
import org.itm.risk.controls.ControlPart;
import org.itm.risk.controls.ControlProfile;
import org.itm.risk.controls.ControlSelection;
import org.itm.risk.controls.ProfileImport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads OSCAL catalogue and profile JSON trees into the control types, collecting every bad field with its JSON
 * path before failing, so that a document is taken whole or not at all.
 */
public final class OscalReader {

    /** Most controls and enhancements read from one catalogue (NIST SP 800-53 rev. 5 has about 1,200). */
    public static final int MAX_CONTROLS = 50_000;
    /** Longest id, title, label or parameter value accepted. */
    public static final int MAX_SHORT_TEXT = 4096;

    private final Violations v = new Violations();
    private int controls;

    private OscalReader() {
    }

    /** Reads a {@code {"catalog": ...}} document. */
    public static ControlCatalog catalog(String json) {
        JsonNode root = object(tree(json), "catalog");
        OscalReader r = new OscalReader();
        String path = "$.catalog";
        Optional<String> uuid = r.text(root, "uuid", path, true);
        JsonNode meta = r.metadata(root, path);
        Optional<String> title = r.text(meta, "title", path + ".metadata", true);
        Optional<String> version = r.text(meta, "version", path + ".metadata", true);
        Optional<String> oscal = r.text(meta, "oscal-version", path + ".metadata", true);
        List<ControlFamily> groups = new ArrayList<>();
        List<JsonNode> groupNodes = r.array(root, "groups", path);
        for (int i = 0; i < groupNodes.size(); i++) {
            r.group(groupNodes.get(i), path + ".groups[" + i + "]").ifPresent(groups::add);
        }
        List<CatalogControl> loose = r.controls(root, path);
        r.v.throwIfAny();
        try {
            return new ControlCatalog(uuid.orElseThrow(), title.orElseThrow(), version.orElseThrow(),
                    oscal.orElseThrow(), groups, loose);
        } catch (ItmValidationException e) {
            throw prefixed(path, e);
        }
    }

    /** Reads a {@code {"profile": ...}} document. */
    public static ControlProfile profile(String json) {
        JsonNode root = object(tree(json), "profile");
        OscalReader r = new OscalReader();
        String path = "$.profile";
        Optional<String> uuid = r.text(root, "uuid", path, true);
        JsonNode meta = r.metadata(root, path);
        Optional<String> title = r.text(meta, "title", path + ".metadata", true);
        Optional<String> version = r.text(meta, "version", path + ".metadata", true);
        Optional<String> oscal = r.text(meta, "oscal-version", path + ".metadata", true);
        Map<String, List<String>> resources = r.resources(root, path);
        List<ProfileImport> imports = new ArrayList<>();
        List<JsonNode> importNodes = r.array(root, "imports", path);
        if (importNodes.isEmpty()) {
            r.v.add(path + ".imports", "is required and must not be empty");
        }
        for (int i = 0; i < importNodes.size(); i++) {
            r.profileImport(importNodes.get(i), path + ".imports[" + i + "]", resources).ifPresent(imports::add);
        }
        Map<String, List<String>> set = new LinkedHashMap<>();
        List<ControlAlteration> alters = new ArrayList<>();
        JsonNode modify = root.get("modify");
        if (modify != null && r.isObject(modify, path + ".modify")) {
            List<JsonNode> params = r.array(modify, "set-parameters", path + ".modify");
            for (int i = 0; i < params.size(); i++) {
                String p = path + ".modify.set-parameters[" + i + "]";
                JsonNode sp = params.get(i);
                if (!r.isObject(sp, p)) {
                    continue;
                }
                Optional<String> id = r.text(sp, "param-id", p, true);
                List<String> values = r.strings(sp, "values", p);
                id.ifPresent(x -> r.v.require(set.put(x, values) == null, p + ".param-id",
                        "sets '" + x + "' a second time"));
            }
            List<JsonNode> alterNodes = r.array(modify, "alters", path + ".modify");
            for (int i = 0; i < alterNodes.size(); i++) {
                r.alteration(alterNodes.get(i), path + ".modify.alters[" + i + "]").ifPresent(alters::add);
            }
        }
        r.v.throwIfAny();
        try {
            return new ControlProfile(uuid.orElseThrow(), title.orElseThrow(), version.orElseThrow(),
                    oscal.orElseThrow(), imports, set, alters);
        } catch (ItmValidationException e) {
            throw prefixed(path, e);
        }
    }

    private static JsonNode tree(String json) {
        Checks.notNull(json, "json");
        try {
            return ItmJson.json().readTree(json);
        } catch (JacksonException e) {
            throw ItmJson.toValidation(e);
        }
    }

    private static JsonNode object(JsonNode root, String model) {
        if (root == null || !root.isObject()) {
            throw new ItmValidationException("$", "must be a JSON object with an OSCAL \"" + model + "\"");
        }
        JsonNode body = root.get(model);
        if (body == null || !body.isObject()) {
            String found = root.propertyNames().stream().findFirst().map(n -> ", found \"" + n + "\"").orElse("");
            throw new ItmValidationException("$." + model, "must be an object: this is not an OSCAL " + model
                    + " document" + found);
        }
        return body;
    }

    private static ItmValidationException prefixed(String path, ItmValidationException e) {
        return new ItmValidationException(e.violations().stream()
                .map(x -> new Violation(path + "." + x.path(), x.message())).toList());
    }

    private JsonNode metadata(JsonNode root, String path) {
        JsonNode meta = root.get("metadata");
        if (meta == null || !meta.isObject()) {
            v.add(path + ".metadata", "is required and must be an object");
            return ItmJson.json().createObjectNode();
        }
        return meta;
    }

    private Optional<ControlFamily> group(JsonNode node, String path) {
        if (!isObject(node, path)) {
            return Optional.empty();
        }
        Optional<String> id = text(node, "id", path, false);
        Optional<String> title = text(node, "title", path, true);
        List<ControlFamily> sub = new ArrayList<>();
        List<JsonNode> groupNodes = array(node, "groups", path);
        for (int i = 0; i < groupNodes.size(); i++) {
            group(groupNodes.get(i), path + ".groups[" + i + "]").ifPresent(sub::add);
        }
        List<CatalogControl> cs = controls(node, path);
        return title.map(t -> new ControlFamily(id, t, sub, cs));
    }

    private List<CatalogControl> controls(JsonNode node, String path) {
        List<CatalogControl> out = new ArrayList<>();
        List<JsonNode> nodes = array(node, "controls", path);
        for (int i = 0; i < nodes.size(); i++) {
            String p = path + ".controls[" + i + "]";
            if (++controls > MAX_CONTROLS) {
                throw new ItmValidationException(p, "more than " + MAX_CONTROLS + " controls in one catalogue");
            }
            control(nodes.get(i), p).ifPresent(out::add);
        }
        return out;
    }

    private Optional<CatalogControl> control(JsonNode node, String path) {
        if (!isObject(node, path)) {
            return Optional.empty();
        }
        Optional<String> id = text(node, "id", path, true);
        // name the control in its paths, so "controls[3] (ac-4)" is found without counting
        String p = id.map(x -> path + "(" + x + ")").orElse(path);
        Optional<String> title = text(node, "title", p, true);
        Optional<String> cls = text(node, "class", p, false);
        Optional<String> label = Optional.empty();
        boolean withdrawn = false;
        List<JsonNode> props = array(node, "props", p);
        for (int i = 0; i < props.size(); i++) {
            JsonNode prop = props.get(i);
            String pp = p + ".props[" + i + "]";
            if (!isObject(prop, pp)) {
                continue;
            }
            Optional<String> name = text(prop, "name", pp, true);
            Optional<String> value = text(prop, "value", pp, true);
            // NIST gives several labels (zero-padded, sp800-53a); the one without a class is the printed one
            if (name.filter("label"::equals).isPresent() && (label.isEmpty() || !prop.has("class"))) {
                label = value;
            }
            if (name.filter("status"::equals).isPresent()) {
                withdrawn |= value.map(x -> x.toLowerCase(Locale.ROOT).equals("withdrawn")).orElse(false);
            }
        }
        List<ControlParameter> params = new ArrayList<>();
        List<JsonNode> paramNodes = array(node, "params", p);
        for (int i = 0; i < paramNodes.size(); i++) {
            param(paramNodes.get(i), p + ".params[" + i + "]").ifPresent(params::add);
        }
        List<ControlPart> parts = parts(node, p, 0);
        List<CatalogControl> enhancements = controls(node, p);
        if (id.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CatalogControl(id.get(), label, title.get(), cls, withdrawn, params, parts,
                enhancements));
    }

    private Optional<ControlParameter> param(JsonNode node, String path) {
        if (!isObject(node, path)) {
            return Optional.empty();
        }
        Optional<String> id = text(node, "id", path, true);
        Optional<String> label = text(node, "label", path, false);
        List<String> guidelines = new ArrayList<>();
        List<JsonNode> gs = array(node, "guidelines", path);
        for (int i = 0; i < gs.size(); i++) {
            String gp = path + ".guidelines[" + i + "]";
            if (isObject(gs.get(i), gp)) {
                text(gs.get(i), "prose", gp, true, ItmJson.MAX_STRING_CHARS).ifPresent(guidelines::add);
            }
        }
        List<String> values = strings(node, "values", path);
        Optional<String> howMany = Optional.empty();
        List<String> choices = List.of();
        JsonNode select = node.get("select");
        if (select != null && isObject(select, path + ".select")) {
            howMany = text(select, "how-many", path + ".select", false);
            howMany.ifPresent(h -> v.require(h.equals("one") || h.equals("one-or-more"), path + ".select.how-many",
                    "must be \"one\" or \"one-or-more\", was " + Checks.quote(h)));
            choices = strings(select, "choice", path + ".select");
        }
        List<String> aggregates = new ArrayList<>();
        List<JsonNode> props = array(node, "props", path);
        for (int i = 0; i < props.size(); i++) {
            String pp = path + ".props[" + i + "]";
            if (isObject(props.get(i), pp) && text(props.get(i), "name", pp, true).filter("aggregates"::equals)
                    .isPresent()) {
                text(props.get(i), "value", pp, true).ifPresent(aggregates::add);
            }
        }
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ControlParameter(id.get(), label, guidelines, values, howMany, choices, aggregates));
    }

    private List<ControlPart> parts(JsonNode node, String path, int depth) {
        List<ControlPart> out = new ArrayList<>();
        List<JsonNode> nodes = array(node, "parts", path);
        for (int i = 0; i < nodes.size(); i++) {
            String p = path + ".parts[" + i + "]";
            JsonNode part = nodes.get(i);
            if (!isObject(part, p)) {
                continue;
            }
            Optional<String> id = text(part, "id", p, false);
            Optional<String> name = text(part, "name", p, true);
            Optional<String> label = Optional.empty();
            List<JsonNode> props = array(part, "props", p);
            for (int k = 0; k < props.size(); k++) {
                String pp = p + ".props[" + k + "]";
                if (isObject(props.get(k), pp) && text(props.get(k), "name", pp, true).filter("label"::equals)
                        .isPresent() && label.isEmpty()) {
                    label = text(props.get(k), "value", pp, true);
                }
            }
            Optional<String> prose = text(part, "prose", p, false, ItmJson.MAX_STRING_CHARS);
            List<ControlPart> inner = parts(part, p, depth + 1);
            if (name.isPresent()) {
                out.add(new ControlPart(id, name.get(), label, prose, inner));
            }
        }
        return out;
    }

    private Optional<ControlAlteration> alteration(JsonNode node, String path) {
        if (!isObject(node, path)) {
            return Optional.empty();
        }
        Optional<String> controlId = text(node, "control-id", path, true);
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<JsonNode> removes = array(node, "removes", path);
        for (int k = 0; k < removes.size(); k++) {
            String p = path + ".removes[" + k + "]";
            JsonNode rm = removes.get(k);
            if (!isObject(rm, p)) {
                continue;
            }
            for (String unsupported : List.of("by-class", "by-item-name", "by-ns")) {
                v.require(!rm.has(unsupported), p + "." + unsupported, "is not supported: remove by-id or by-name");
            }
            Optional<String> byId = text(rm, "by-id", p, false);
            Optional<String> byName = text(rm, "by-name", p, false);
            v.require(byId.isPresent() || byName.isPresent() || rm.has("by-class") || rm.has("by-item-name")
                    || rm.has("by-ns"), p, "needs by-id or by-name");
            byId.ifPresent(ids::add);
            byName.ifPresent(names::add);
        }
        List<ControlAlteration.Addition> additions = new ArrayList<>();
        List<JsonNode> adds = array(node, "adds", path);
        for (int k = 0; k < adds.size(); k++) {
            String p = path + ".adds[" + k + "]";
            JsonNode add = adds.get(k);
            if (!isObject(add, p)) {
                continue;
            }
            Optional<String> position = text(add, "position", p, false);
            ControlAlteration.Position pos = ControlAlteration.Position.ENDING;
            if (position.isPresent()) {
                try {
                    pos = ControlAlteration.Position.valueOf(position.get().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    v.add(p + ".position", "must be starting, ending, before or after, was "
                            + Checks.quote(position.get()));
                }
            }
            Optional<String> byId = text(add, "by-id", p, false);
            List<ControlPart> parts = parts(add, p, 0);
            List<ControlParameter> params = new ArrayList<>();
            List<JsonNode> paramNodes = array(add, "params", p);
            for (int i = 0; i < paramNodes.size(); i++) {
                param(paramNodes.get(i), p + ".params[" + i + "]").ifPresent(params::add);
            }
            additions.add(new ControlAlteration.Addition(pos, byId, parts, params));
        }
        return controlId.map(id -> new ControlAlteration(id, ids, names, additions));
    }

    private Optional<ProfileImport> profileImport(JsonNode node, String path, Map<String, List<String>> resources) {
        if (!isObject(node, path)) {
            return Optional.empty();
        }
        Optional<String> href = text(node, "href", path, true);
        JsonNode all = node.get("include-all");
        boolean includeAll = all != null && isObject(all, path + ".include-all");
        List<ControlSelection> include = selections(node, "include-controls", path);
        List<ControlSelection> exclude = selections(node, "exclude-controls", path);
        v.require(includeAll || !include.isEmpty() || node.has("include-controls"), path,
                "must have include-all or include-controls");
        v.require(!(includeAll && node.has("include-controls")), path,
                "must not have both include-all and include-controls");
        List<String> links = href.filter(h -> h.startsWith("#")).map(h -> resources.getOrDefault(h.substring(1),
                List.of())).orElse(List.of());
        return href.map(h -> new ProfileImport(h, includeAll, include, exclude, links));
    }

    private List<ControlSelection> selections(JsonNode node, String field, String path) {
        List<ControlSelection> out = new ArrayList<>();
        List<JsonNode> nodes = array(node, field, path);
        for (int i = 0; i < nodes.size(); i++) {
            String p = path + "." + field + "[" + i + "]";
            JsonNode sel = nodes.get(i);
            if (!isObject(sel, p)) {
                continue;
            }
            List<String> ids = strings(sel, "with-ids", p);
            List<String> patterns = new ArrayList<>();
            List<JsonNode> matching = array(sel, "matching", p);
            for (int k = 0; k < matching.size(); k++) {
                String mp = p + ".matching[" + k + "]";
                if (isObject(matching.get(k), mp)) {
                    text(matching.get(k), "pattern", mp, true).ifPresent(patterns::add);
                }
            }
            Optional<String> children = text(sel, "with-child-controls", p, false);
            children.ifPresent(c -> v.require(c.equals("yes") || c.equals("no"), p + ".with-child-controls",
                    "must be \"yes\" or \"no\", was " + Checks.quote(c)));
            v.require(!ids.isEmpty() || !patterns.isEmpty(), p, "must name controls by with-ids or matching");
            out.add(new ControlSelection(ids, patterns, children.filter("yes"::equals).isPresent()));
        }
        return out;
    }

    private Map<String, List<String>> resources(JsonNode root, String path) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        JsonNode back = root.get("back-matter");
        if (back == null || !isObject(back, path + ".back-matter")) {
            return out;
        }
        List<JsonNode> rs = array(back, "resources", path + ".back-matter");
        for (int i = 0; i < rs.size(); i++) {
            String p = path + ".back-matter.resources[" + i + "]";
            if (!isObject(rs.get(i), p)) {
                continue;
            }
            Optional<String> uuid = text(rs.get(i), "uuid", p, true);
            List<String> links = new ArrayList<>();
            List<JsonNode> rl = array(rs.get(i), "rlinks", p);
            for (int k = 0; k < rl.size(); k++) {
                String lp = p + ".rlinks[" + k + "]";
                if (isObject(rl.get(k), lp)) {
                    text(rl.get(k), "href", lp, true).ifPresent(links::add);
                }
            }
            uuid.ifPresent(u -> out.put(u, links));
        }
        return out;
    }

    private boolean isObject(JsonNode node, String path) {
        if (!node.isObject()) {
            v.add(path, "must be an object, was " + type(node));
            return false;
        }
        return true;
    }

    private Optional<String> text(JsonNode node, String field, String path, boolean required) {
        return text(node, field, path, required, MAX_SHORT_TEXT);
    }

    private Optional<String> text(JsonNode node, String field, String path, boolean required, int max) {
        // a blank optional value is no value in OSCAL
        return JsonTreeFields.text(node, field, path, v, required, max).filter(s -> !s.isBlank());
    }

    private List<JsonNode> array(JsonNode node, String field, String path) {
        return JsonTreeFields.array(node, field, path, v);
    }

    private List<String> strings(JsonNode node, String field, String path) {
        return JsonTreeFields.strings(node, field, path, v, MAX_SHORT_TEXT);
    }

    private static String type(JsonNode value) {
        return JsonTreeFields.type(value);
    }
}
