/** Implementation of the email notifier; not for users. */
@NullMarked
package org.itm.notify.email.internal;

import org.jspecify.annotations.NullMarked;
