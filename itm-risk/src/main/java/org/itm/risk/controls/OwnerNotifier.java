package org.itm.risk.controls;

/**
 * Tells a control's owner about a finding (e-mail, chat, ticket); implement it at the edge of your system.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface OwnerNotifier {

    /**
     * Tells an owner about a finding. Called by {@link ControlLibrary#monitor} outside the library's lock, once per
     * finding; an exception thrown here propagates to the caller of {@code monitor}.
     *
     * @param owner   the control's owner, as in {@link Control#owner()}
     * @param finding what is wrong
     */
    void notify(String owner, ControlFinding finding);

    /**
     * A notifier that does nothing, for when the findings returned by {@code monitor} are enough.
     *
     * @return the notifier
     */
    static OwnerNotifier none() {
        return (owner, finding) -> { };
    }
}
