/** Drawing and formatting behind the report renderer; not for direct use. */
package org.itm.examples.report.internal;
