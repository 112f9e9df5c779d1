package org.itm.risk.controls;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.itm.core.validation.Violations;
import org.jspecify.annotations.Nullable;

/** Applies a profile's {@code alters} to one control: removes first, then adds, each checked against the control. */
final class Alterations {

    private Alterations() {
    }

    static CatalogControl apply(CatalogControl c, ControlAlteration a, String path, Violations v) {
        List<ControlPart> parts = c.parts();
        List<ControlParameter> params = c.params();
        for (int k = 0; k < a.removeIds().size(); k++) {
            String id = a.removeIds().get(k);
            boolean isParam = params.stream().anyMatch(p -> p.id().equals(id));
            if (!isParam && !hasPart(parts, id)) {
                v.add(path + ".removes.by-id[" + k + "]", "control '" + c.id() + "' has no part or parameter '"
                        + id + "'");
            }
            parts = remove(parts, id, null);
            params = params.stream().filter(p -> !p.id().equals(id)).toList();
        }
        for (int k = 0; k < a.removeNames().size(); k++) {
            String name = a.removeNames().get(k);
            if (!hasName(parts, name)) {
                v.add(path + ".removes.by-name[" + k + "]", "control '" + c.id() + "' has no part named '" + name
                        + "'");
            }
            parts = remove(parts, null, name);
        }
        for (int k = 0; k < a.adds().size(); k++) {
            ControlAlteration.Addition add = a.adds().get(k);
            String p = path + ".adds[" + k + "]";
            ControlAlteration.Position pos = add.position();
            boolean relative = pos == ControlAlteration.Position.BEFORE || pos == ControlAlteration.Position.AFTER;
            if (add.byId().isEmpty()) {
                if (relative) {
                    v.add(p + ".position", pos.name().toLowerCase(Locale.ROOT) + " needs a by-id");
                    continue;
                }
                boolean first = pos == ControlAlteration.Position.STARTING;
                parts = join(first, parts, add.parts());
                params = join(first, params, add.params());
                continue;
            }
            String by = add.byId().get();
            Optional<ControlParameter> param = params.stream().filter(x -> x.id().equals(by)).findFirst();
            if (param.isPresent()) {
                if (!add.parts().isEmpty() || !relative) {
                    v.add(p, "only parameters can be added before or after parameter '" + by + "'");
                    continue;
                }
                List<ControlParameter> out = new ArrayList<>();
                for (ControlParameter x : params) {
                    if (x.id().equals(by) && pos == ControlAlteration.Position.BEFORE) {
                        out.addAll(add.params());
                    }
                    out.add(x);
                    if (x.id().equals(by) && pos == ControlAlteration.Position.AFTER) {
                        out.addAll(add.params());
                    }
                }
                params = out;
            } else if (hasPart(parts, by)) {
                if (!add.params().isEmpty()) {
                    v.add(p + ".params", "parameters belong to the control: add them without a by-id or next to "
                            + "a parameter, not at part '" + by + "'");
                    continue;
                }
                parts = insert(parts, by, pos, add.parts());
            } else {
                v.add(p + ".by-id", "control '" + c.id() + "' has no part or parameter '" + by + "'");
            }
        }
        return new CatalogControl(c.id(), c.label(), c.title(), c.controlClass(), c.withdrawn(), params, parts,
                c.enhancements());
    }

    private static <T> List<T> join(boolean first, List<T> current, List<T> added) {
        List<T> out = new ArrayList<>(first ? added : current);
        out.addAll(first ? current : added);
        return out;
    }

    private static boolean hasPart(List<ControlPart> parts, String id) {
        return parts.stream().anyMatch(p -> p.id().filter(id::equals).isPresent() || hasPart(p.parts(), id));
    }

    private static boolean hasName(List<ControlPart> parts, String name) {
        return parts.stream().anyMatch(p -> p.name().equals(name) || hasName(p.parts(), name));
    }

    private static List<ControlPart> remove(List<ControlPart> parts, @Nullable String id, @Nullable String name) {
        List<ControlPart> out = new ArrayList<>();
        for (ControlPart p : parts) {
            boolean gone = (id != null && p.id().filter(id::equals).isPresent()) || (name != null
                    && p.name().equals(name));
            if (!gone) {
                out.add(new ControlPart(p.id(), p.name(), p.label(), p.prose(), remove(p.parts(), id, name)));
            }
        }
        return out;
    }

    private static List<ControlPart> insert(List<ControlPart> parts, String by, ControlAlteration.Position pos,
                                            List<ControlPart> added) {
        List<ControlPart> out = new ArrayList<>();
        for (ControlPart p : parts) {
            boolean here = p.id().filter(by::equals).isPresent();
            if (here && pos == ControlAlteration.Position.BEFORE) {
                out.addAll(added);
            }
            if (here && (pos == ControlAlteration.Position.STARTING || pos == ControlAlteration.Position.ENDING)) {
                out.add(new ControlPart(p.id(), p.name(), p.label(), p.prose(),
                        join(pos == ControlAlteration.Position.STARTING, p.parts(), added)));
            } else {
                out.add(new ControlPart(p.id(), p.name(), p.label(), p.prose(), insert(p.parts(), by, pos, added)));
            }
            if (here && pos == ControlAlteration.Position.AFTER) {
                out.addAll(added);
            }
        }
        return out;
    }
}
