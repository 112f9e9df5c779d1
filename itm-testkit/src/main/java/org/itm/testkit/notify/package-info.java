/**
 * The compatibility kit for {@link org.itm.core.notify.Notifier} implementations: it checks delivery, rejection
 * of bad notifications with {@link org.itm.core.ItmValidationException}, concurrent sends and the reporting of a
 * failing downstream as a {@code FAILED} result rather than an exception.
 *
 * <p>The entry point is {@link org.itm.testkit.notify.NotifierCompatibilityKit}: extend it in your test sources,
 * say how to make your notifier and how to see what its downstream received, and JUnit 5 runs the kit's tests
 * against it. Here the kit runs against ITM's in-memory recording notifier:
 *
 * <pre>{@code
 * import org.itm.core.notify.*;
 *
 * class RecordingNotifierCompatibilityTest extends NotifierCompatibilityKit {
 *     private RecordingNotifier recording;
 *
 *     &#64;Override
 *     protected Notifier createNotifier() {
 *         recording = RecordingNotifier.create("kit-recording");
 *         return recording;
 *     }
 *
 *     &#64;Override
 *     protected boolean hasReceived(Notification notification) {
 *         return recording.received().contains(notification);
 *     }
 *
 *     &#64;Override
 *     protected int receivedCount() {
 *         return recording.received().size();
 *     }
 *
 *     &#64;Override
 *     protected Optional<Notifier> createFailingNotifier() {
 *         RecordingNotifier failing = RecordingNotifier.create("kit-recording");
 *         failing.failNext(Integer.MAX_VALUE, "downstream unavailable");
 *         return Optional.of(failing);
 *     }
 * }
 * }</pre>
 */
package org.itm.testkit.notify;
