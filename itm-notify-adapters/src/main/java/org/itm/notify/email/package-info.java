/**
 * A {@link org.itm.core.notify.Notifier} that sends mail over SMTP with Jakarta Mail:
 * {@link org.itm.notify.email.EmailNotifier#builder()}. Jakarta Mail is an optional dependency of this module;
 * add {@code jakarta.mail:jakarta.mail-api} and {@code org.eclipse.angus:angus-mail} to use it.
 */
@NullMarked
package org.itm.notify.email;

import org.jspecify.annotations.NullMarked;
