/**
 * Message templates with {@code {{placeholder}}} fields filled from a notification or a domain event and escaped
 * for the channel they go to: {@link org.itm.notify.template.NotificationTemplate} and
 * {@link org.itm.notify.template.Escaping}.
 */
@NullMarked
package org.itm.notify.template;

import org.jspecify.annotations.NullMarked;
