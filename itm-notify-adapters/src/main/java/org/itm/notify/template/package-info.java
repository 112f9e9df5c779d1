/**
 * Message templates for notifiers: text with {@code {{placeholder}}} fields filled from a notification or a domain
 * event, each value escaped for the channel it goes to, so that event text cannot inject markup, break a JSON
 * payload or alert a whole Slack channel.
 *
 * <p>The entry point is {@link org.itm.notify.template.NotificationTemplate#parse(String)}; pick the
 * {@link org.itm.notify.template.Escaping} of the channel when rendering. A placeholder without a value makes
 * rendering fail with an {@link org.itm.core.ItmValidationException} listing the missing names, unless the
 * template gives a fallback ({@code {{name|fallback}}}).
 *
 * <pre>{@code
 * import org.itm.core.notify.Notification;
 * // given: Notification notification
 *
 * NotificationTemplate template = NotificationTemplate.parse(
 *         "<p>{{severity}}: {{subject}} on {{attributes.service|an unnamed service}}</p>");
 * String html = template.render(notification, Escaping.HTML);
 * String custom = template.render(Map.of("severity", "MAJOR", "subject", "disk <full>"), Escaping.HTML);
 * }</pre>
 */
@NullMarked
package org.itm.notify.template;

import org.jspecify.annotations.NullMarked;
