package org.itm.flink.sla;

import java.io.Serializable;
import java.util.List;
import org.itm.operations.sla.CalendarLookup;
import org.itm.operations.sla.SlaDefinition;

/**
 * What an SLA job evaluates, rebuilt on each Flink task: the job graph carries this (serializable) object, not the
 * engine, because calendars and compiled definitions are not serializable. Implementations are small classes
 * that read definitions and calendars from the job's resources or configuration; each call may return new
 * objects, but they must describe the same SLAs on every task and after every restart.
 *
 * @since 0.1
 */
public interface SlaSetup extends Serializable {

    /**
     * The SLAs to evaluate; called once on each task when it starts or restores.
     *
     * @return the definitions evaluated for every ticket (those that do not apply to a ticket yield nothing)
     */
    List<SlaDefinition> definitions();

    /**
     * The business calendars the definitions name; called when a task starts and again whenever a warning
     * instant is predicted, so return a kept lookup rather than build calendars on each call.
     *
     * @return a lookup that knows every calendar id used by {@link #definitions()}
     */
    CalendarLookup calendars();
}
