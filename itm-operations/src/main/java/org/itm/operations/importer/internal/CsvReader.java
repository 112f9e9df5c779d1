package org.itm.operations.importer.internal;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads comma-separated records with Jackson's CSV parser, one record at a time (streaming): fields may be
 * quoted, a quote inside a quoted field is doubled, and quoted fields may span lines. Line ends may be LF, CRLF
 * or CR. A leading byte-order mark is skipped. A quote inside an unquoted field is kept as a character, as
 * common readers (e.g. Python's {@code csv} module, also in strict mode) do. A malformed record is returned with
 * its error (instead of failing the whole read) so the caller can reject just that record; reading then resumes
 * with the next record.
 */
public final class CsvReader {

    /**
     * One record.
     *
     * @param line   the physical line (1-based) on which the record starts
     * @param fields the fields, unquoted
     * @param error  why the record is malformed; empty when it is well formed
     */
    public record CsvRecord(long line, List<String> fields, Optional<String> error) {
    }

    // no schema: every row is an array of strings, the header row included
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\('(.)' \\(code \\d+\\)\\)");

    private static final int MAX_FAILURES_PER_RECORD = 1_000;

    private final Reader in;
    private @Nullable JsonParser parser;
    private boolean done;
    private long lastLine;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** The next record, or empty at the end of the input. */
    public Optional<CsvRecord> next() {
        if (done) {
            return Optional.empty();
        }
        try {
            if (parser == null) {
                parser = MAPPER.createParser(skipByteOrderMark(in));
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    return finish();
                }
            }
            JsonToken t = parser.nextToken();
            if (t != JsonToken.START_ARRAY) {
                return finish();
            }
            List<String> fields = new ArrayList<>();
            long start = -1;
            String error = null;
            int failures = 0;
            while (true) {
                try {
                    t = parser.nextToken();
                } catch (JacksonIOException e) {
                    throw e;
                } catch (JacksonException e) {
                    if (error == null) {
                        error = describe(e, fields.size() + 1, start > 0 ? start : lastLine + 1);
                    }
                    // the parser resumes after the bad character; should it not, stop instead of spinning
                    if (++failures > MAX_FAILURES_PER_RECORD) {
                        t = null;
                        break;
                    }
                    continue;
                }
                if (t == JsonToken.VALUE_STRING) {
                    if (start < 0) {
                        start = parser.currentTokenLocation().getLineNr();
                    }
                    fields.add(parser.getString());
                } else {
                    // END_ARRAY ends the record; anything else (end of input after an unclosed quote) ends it too
                    break;
                }
            }
            long line = start > 0 ? start : lastLine + 1;
            lastLine = Math.max(line, parser.currentTokenLocation().getLineNr());
            if (t != JsonToken.END_ARRAY) {
                done = true;
            }
            if (fields.isEmpty()) {
                fields.add("");
            }
            return Optional.of(new CsvRecord(line, List.copyOf(fields), Optional.ofNullable(error)));
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<CsvRecord> finish() {
        done = true;
        return Optional.empty();
    }

    private static String describe(JacksonException e, int field, long line) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.startsWith("Missing closing quote")) {
            return "quoted field opened on line " + line + " is never closed";
        }
        Matcher u = UNEXPECTED.matcher(m);
        if (u.find() && m.contains("Expected column separator")) {
            return "unexpected character '" + u.group(1) + "' after the closing quote of field " + field;
        }
        return m + " (field " + field + ")";
    }

    private static Reader skipByteOrderMark(Reader in) throws IOException {
        PushbackReader r = new PushbackReader(in, 1);
        int c = r.read();
        if (c >= 0 && c != '\uFEFF') {
            r.unread(c);
        }
        return r;
    }
}
