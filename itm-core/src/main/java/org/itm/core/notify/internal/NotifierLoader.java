package org.itm.core.notify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.itm.core.ItmException;
import org.itm.core.notify.Notifier;
import org.itm.core.validation.Checks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link ServiceLoader} discovery behind {@link Notifier#loadAll()}. */
public final class NotifierLoader {

    private static final Logger LOG = LoggerFactory.getLogger(NotifierLoader.class);

    private NotifierLoader() {
    }

    public static List<Notifier> load(ClassLoader classLoader) {
        Checks.notNull(classLoader, "classLoader");
        List<Notifier> found = new ArrayList<>();
        try {
            for (Notifier notifier : ServiceLoader.load(Notifier.class, classLoader)) {
                LOG.debug("discovered notifier {} ({})", notifier.name(), notifier.getClass().getName());
                found.add(notifier);
            }
        } catch (ServiceConfigurationError e) {
            // a silently missing notifier would drop notifications; fail loudly at start-up instead
            throw new ItmException("cannot load a notifier listed in META-INF/services/"
                    + Notifier.class.getName() + ": " + e.getMessage(), e);
        }
        return List.copyOf(found);
    }
}
