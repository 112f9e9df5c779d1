package org.itm.operations.importer.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads comma-separated records as described by RFC 4180: fields may be quoted, a quote inside a quoted field is
 * doubled, and quoted fields may span lines. Line ends may be LF, CRLF or CR. A leading byte-order mark is
 * skipped. A malformed record is returned with its error (instead of failing the whole read) so the caller can
 * reject just that record; reading then resumes at the next line.
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

    private static final int EOF = -1;

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int pos;
    private int limit;
    private long line = 1;
    private boolean started;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** The next record, or empty at the end of the input. */
    public Optional<CsvRecord> next() {
        if (!started) {
            started = true;
            if (peek() == '\uFEFF') {
                read();
            }
        }
        if (peek() == EOF) {
            return Optional.empty();
        }
        long startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        String error = null;
        while (true) {
            int c = read();
            if (c == '"' && field.length() == 0) {
                // quoted field: read to the closing quote, un-doubling "" on the way
                boolean closed = false;
                while (!closed) {
                    int q = read();
                    if (q == EOF) {
                        error = "quoted field opened on line " + startLine + " is never closed";
                        fields.add(field.toString());
                        return Optional.of(new CsvRecord(startLine, List.copyOf(fields), Optional.of(error)));
                    } else if (q == '"') {
                        if (peek() == '"') {
                            read();
                            field.append('"');
                        } else {
                            closed = true;
                        }
                    } else {
                        countLine(q);
                        field.append((char) q);
                    }
                }
                int after = peek();
                if (after != ',' && after != '\n' && after != '\r' && after != EOF) {
                    error = "unexpected character '" + (char) after + "' after the closing quote of field "
                            + (fields.size() + 1);
                    skipToEndOfLine();
                    fields.add(field.toString());
                    return Optional.of(new CsvRecord(startLine, List.copyOf(fields), Optional.of(error)));
                }
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r' || c == EOF) {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                if (c != EOF) {
                    line++;
                }
                fields.add(field.toString());
                return Optional.of(new CsvRecord(startLine, List.copyOf(fields), Optional.empty()));
            } else if (c == '"') {
                error = "quote inside unquoted field " + (fields.size() + 1);
                fields.add(field.toString());
                skipToEndOfLine();
                return Optional.of(new CsvRecord(startLine, List.copyOf(fields), Optional.of(error)));
            } else {
                field.append((char) c);
            }
        }
    }

    private void countLine(int c) {
        if (c == '\n' || (c == '\r' && peek() != '\n')) {
            line++;
        }
    }

    private void skipToEndOfLine() {
        int c;
        do {
            c = read();
        } while (c != '\n' && c != '\r' && c != EOF);
        if (c == '\r' && peek() == '\n') {
            read();
        }
        if (c != EOF) {
            line++;
        }
    }

    private int peek() {
        if (pos == limit && !fill()) {
            return EOF;
        }
        return buffer[pos];
    }

    private int read() {
        if (pos == limit && !fill()) {
            return EOF;
        }
        return buffer[pos++];
    }

    private boolean fill() {
        try {
            int n = in.read(buffer, 0, buffer.length);
            while (n == 0) {
                n = in.read(buffer, 0, buffer.length);
            }
            if (n < 0) {
                return false;
            }
            pos = 0;
            limit = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
