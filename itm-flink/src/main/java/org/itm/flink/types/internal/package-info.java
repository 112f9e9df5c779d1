/** Flink serializer plumbing behind {@link org.itm.flink.types.CodecTypeInfo}; not for users. */
package org.itm.flink.types.internal;
