package org.itm.capacity.queueing;

/**
 * The predicted performance of one agent count under Erlang C.
 *
 * @param agents                      number of agents
 * @param probabilityOfWaiting        share of contacts that wait at all, in [0, 1]
 * @param serviceLevel                share answered within the target time, in [0, 1]
 * @param averageSpeedOfAnswerSeconds mean wait over all contacts, in seconds (infinite when unstable)
 * @param occupancy                   share of time each agent is busy, in [0, 1]
 * @param meetsTarget                 whether this count satisfies the target
 * @since 0.1
 */
public record StaffingOption(int agents, double probabilityOfWaiting, double serviceLevel,
                             double averageSpeedOfAnswerSeconds, double occupancy, boolean meetsTarget) {
}
