/**
 * Problem management: finding the cause behind recurring incidents, and publishing known errors with their
 * workaround so that the next incident is handled faster.
 *
 * <p>{@link org.itm.operations.problem.ProblemDetector} is the entry point for detection: it proposes a problem when
 * enough incidents of a similar category share a CI or a service within a window, each proposal once (remembered
 * in a {@link org.itm.operations.problem.ProposalMemory}, stored and announced through the outbox in production). A
 * {@link org.itm.operations.problem.Problem} is an immutable value whose commands follow
 * {@link org.itm.operations.problem.ProblemState}; a problem with a workaround and symptoms goes into the
 * {@link org.itm.operations.problem.KnownErrorBase}, searched by CI, service or symptom words.
 *
 * <pre>{@code
 * import org.itm.operations.incident.Incident;
 *
 * // given: List<Incident> incidents
 * ProblemDetector detector = ProblemDetector.create(DetectionScope.CI, 3, Duration.ofDays(7));
 * List<ProblemProposal> proposals = detector.detect(incidents);
 * Instant now = Instant.parse("2026-03-02T09:00:00Z");
 * Problem problem = Problem.fromIncidents("PRB-1", "Mail relay runs out of memory", incidents, now, "pat")
 *         .recordRootCause(new RootCause("software/memory-leak", "heap grows with every retried delivery"), now, "pat")
 *         .publishKnownError("Restart the relay nightly", List.of("mail queue stuck"), now, "pat");
 * KnownErrorBase knownErrors = new KnownErrorBase();
 * knownErrors.publish(problem);
 * List<Problem> hits = knownErrors.bySymptom("Queue stuck");    // [PRB-1]: every word, case-insensitive
 * }</pre>
 */
@NullMarked
package org.itm.operations.problem;

import org.jspecify.annotations.NullMarked;
