package org.itm.flink.alert;

import java.io.Serializable;
import org.itm.operations.alert.AlertCorrelator;
import org.itm.operations.alert.ServiceDirectory;

/**
 * The correlation settings of an alert job, rebuilt on each Flink task (directories and priority mappings are not
 * serializable; this factory is). Every call must describe the same settings, or restored state is misread.
 */
public interface AlertSetup extends Serializable {

    /** Which service each CI belongs to, and the services' tiers. */
    ServiceDirectory directory();

    /** The correlator's settings over {@code directory} (window, flapping, all-clear policy, priority mapping). */
    default AlertCorrelator.Builder correlator(ServiceDirectory directory) {
        return AlertCorrelator.builder(directory);
    }
}
