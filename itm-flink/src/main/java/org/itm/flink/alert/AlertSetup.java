package org.itm.flink.alert;

import java.io.Serializable;
import org.itm.operations.alert.AlertCorrelator;
import org.itm.operations.alert.ServiceDirectory;

/**
 * The correlation settings of an alert job, rebuilt on each Flink task (directories and priority mappings are not
 * serializable; this factory is). Every call must describe the same settings, or restored state is misread.
 *
 * @since 0.1
 */
public interface AlertSetup extends Serializable {

    /**
     * Which service each CI belongs to, and the services' tiers; alerts are keyed by the service it names.
     * Called once on each task by the key selector and once by the correlation function when they start.
     *
     * @return the directory, the same on every task
     */
    ServiceDirectory directory();

    /**
     * The correlator's settings (correlation window, flapping, all-clear policy, priority mapping); override it to
     * change them. Called once on each task when it starts; every service's correlator is built from the result.
     *
     * @param directory the directory this setup returned
     * @return a builder of the correlator settings; by default {@link AlertCorrelator#builder(ServiceDirectory)}'s
     *         defaults
     */
    default AlertCorrelator.Builder correlator(ServiceDirectory directory) {
        return AlertCorrelator.builder(directory);
    }
}
