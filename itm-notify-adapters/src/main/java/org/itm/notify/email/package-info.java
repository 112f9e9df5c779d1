/**
 * Mailing ITM notifications to people over SMTP, with Jakarta Mail.
 *
 * <p>The entry point is {@link org.itm.notify.email.EmailNotifier#builder()}, which makes a
 * {@link org.itm.core.notify.Notifier} that sends one mail per notification to all of its recipients, with a
 * subject and an optional HTML part rendered from {@link org.itm.notify.template.NotificationTemplate}s. A recipient
 * that is not a single mailbox is rejected with an {@link org.itm.core.ItmValidationException}; an SMTP failure
 * comes back as a {@code FAILED} result. Jakarta Mail is an optional dependency of this module: add
 * {@code jakarta.mail:jakarta.mail-api} and {@code org.eclipse.angus:angus-mail} to use it.
 *
 * <pre>{@code
 * import org.itm.core.notify.*;
 * import org.itm.notify.template.NotificationTemplate;
 * // given: Notification notification, String smtpPassword
 *
 * EmailNotifier mail = EmailNotifier.builder()
 *         .name("ops-mail")
 *         .host("smtp.example.org").port(587).startTls(true)
 *         .username("itm").password(smtpPassword)
 *         .from("itm@example.org")
 *         .htmlTemplate(NotificationTemplate.parse("<h1>{{subject}}</h1><p>{{body}}</p>"))
 *         .clock(Clock.systemUTC())
 *         .build();
 * DeliveryResult result = mail.send(notification);
 * }</pre>
 */
@NullMarked
package org.itm.notify.email;

import org.jspecify.annotations.NullMarked;
