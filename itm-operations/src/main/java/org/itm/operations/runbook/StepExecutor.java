package org.itm.operations.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Carries out runbook actions (restart a service, run a script, ask a person to confirm). Implement it to plug in
 * automation; list implementations in {@code META-INF/services/org.itm.operations.runbook.StepExecutor} to have
 * them found by {@link #loadAll()}, or pass them to {@link RunbookRunner#create} directly.
 *
 * <p>Contract: thread-safe; {@link #execute} reports failures as {@link StepResult#failed} rather than throwing
 * (an exception is recorded as a failed attempt); it should react to thread interruption, which is how timeouts
 * cancel it.
 *
 * @since 0.1
 */
public interface StepExecutor {

    /**
     * True when this executor handles {@code action}.
     *
     * @param action the action of a step, e.g. {@code restart-service}
     * @return true when this executor handles it
     */
    boolean supports(String action);

    /**
     * Performs one attempt of the action.
     *
     * @param request the step, its parameters, the context and the attempt number
     * @return the outcome; failures are a {@link StepResult#failed} result
     * @throws InterruptedException when the runner cancels the attempt at its timeout
     */
    StepResult execute(StepRequest request) throws InterruptedException;

    /**
     * Every executor listed through {@link ServiceLoader} on the context class path.
     *
     * @return a new list, in service-loader order; empty when none is listed
     */
    static List<StepExecutor> loadAll() {
        List<StepExecutor> out = new ArrayList<>();
        ServiceLoader.load(StepExecutor.class).forEach(out::add);
        return out;
    }
}
