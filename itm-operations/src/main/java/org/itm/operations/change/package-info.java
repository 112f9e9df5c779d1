/**
 * Change enablement: a change request from draft to closure, with its risk, its approvals under segregation of
 * duties, its window on the change calendar and its collisions with other changes.
 *
 * <p>A {@link org.itm.operations.change.Change} is an immutable value: start with
 * {@link org.itm.operations.change.Change#draft}; each command returns a new change with a history entry, or throws
 * {@link org.itm.core.IllegalStateTransitionException} for a move {@link org.itm.operations.change.ChangeState} does
 * not allow and {@link org.itm.operations.change.SegregationOfDutiesException} when a requester or implementer would
 * vote. A {@link org.itm.operations.change.RiskQuestionnaire} gives the risk, an
 * {@link org.itm.operations.change.ApprovalPolicy} who must approve, a {@link org.itm.operations.change.ChangeCalendar}
 * whether a window is allowed, a {@link org.itm.operations.change.CollisionDetector} which scheduled changes overlap
 * on the same or connected CIs, and a {@link org.itm.operations.change.StandardChangeCatalog} which changes stay
 * pre-approved. Changes are kept in a {@link org.itm.operations.change.ChangeRepository}.
 *
 * <pre>{@code
 * Instant t = Instant.parse("2026-03-02T09:00:00Z");
 * RiskQuestionnaire questionnaire = RiskQuestionnaire.withThresholds(List.of(
 *         new RiskQuestion("backout-tested", "Is the back-out plan tested?", Map.of("yes", 0, "no", 3))), 2, 5);
 * RiskAssessment risk = questionnaire.assess(Map.of("backout-tested", "no"));          // MEDIUM, score 3
 * ApprovalPolicy policy = ApprovalPolicy.typical("carla", List.of("dan", "erin"), List.of("frank"));
 * Change change = Change.draft("CHG-1001", "Upgrade the mail relay", ChangeType.NORMAL, "alice",
 *         List.of("mail-relay-1"), t);
 * change = change.assess(risk, policy.requirementFor(change.type(), risk.level()), t, "carla");
 * String approval = change.approval().orElseThrow().describe();                         // CAB: 1 of [dan, erin]
 * change = change.vote("dan", true, "back-out rehearsed on staging", t.plusSeconds(3600));
 * ChangeState state = change.state();                                                   // AUTHORISED
 * }</pre>
 */
@NullMarked
package org.itm.operations.change;

import org.jspecify.annotations.NullMarked;
