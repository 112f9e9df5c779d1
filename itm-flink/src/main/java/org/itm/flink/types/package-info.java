/**
 * Flink serializers for ITM values and for your own records, so that a job runs with
 * {@code pipeline.generic-types: false} and nothing on a stream or in state falls back to Kryo; state written by
 * them survives checkpoints and restores.
 *
 * <p>Entry points: {@link org.itm.flink.types.ItmTypes} for ITM's SLA values, and
 * {@link org.itm.flink.types.CodecTypeInfo#of} for a record of yours, written by a
 * {@link org.itm.flink.types.Codec} built from {@link org.itm.flink.types.CodecIo}'s field encodings.
 *
 * <pre>{@code
 * import java.io.IOException;
 * import org.apache.flink.api.common.typeinfo.TypeInformation;
 * import org.apache.flink.core.memory.DataInputView;
 * import org.apache.flink.core.memory.DataOutputView;
 *
 * record Resolved(String ticketId, Instant at, Optional<String> service) { }
 *
 * // in a job, a top-level class: it travels with the job graph and with every checkpoint
 * class ResolvedCodec implements Codec<Resolved> {
 *     public void write(Resolved r, DataOutputView out) throws IOException {
 *         CodecIo.string(r.ticketId(), out);
 *         CodecIo.instant(r.at(), out);
 *         CodecIo.optionalString(r.service(), out);
 *     }
 *
 *     public Resolved read(DataInputView in) throws IOException {
 *         return new Resolved(CodecIo.string(in), CodecIo.instant(in), CodecIo.optionalString(in));
 *     }
 * }
 *
 * TypeInformation<Resolved> type = CodecTypeInfo.of(Resolved.class, new ResolvedCodec());
 * }</pre>
 */
package org.itm.flink.types;
