package org.itm.risk.controls;

/** Tells a control's owner about a finding (e-mail, chat, ticket); implement it at the edge of your system. */
@FunctionalInterface
public interface OwnerNotifier {

    void notify(String owner, ControlFinding finding);

    /** A notifier that does nothing. */
    static OwnerNotifier none() {
        return (owner, finding) -> { };
    }
}
