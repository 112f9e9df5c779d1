/** Implementation of the webhook notifier; not for users. */
@NullMarked
package org.itm.notify.webhook.internal;

import org.jspecify.annotations.NullMarked;
