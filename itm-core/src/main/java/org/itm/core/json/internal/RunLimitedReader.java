package org.itm.core.json.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Rejects a run of more than {@code maxRun} characters without white space while it is being read.
 *
 * <p>Why: the YAML scanner keeps an unbroken run of characters in one window that it re-copies as it grows, so an
 * 8 MiB scalar costs seconds before any length check could see it. Every YAML scalar longer than the string limit
 * either contains such a run or is built from white-space separated pieces the scanner hands over one by one (and
 * is then rejected by the parser's length check), so bounding runs at the string limit rejects nothing a string
 * limit would accept, except single-line flow documents without any space — use JSON for those.
 */
final class RunLimitedReader extends FilterReader {

    private final int maxRun;
    private int run;

    RunLimitedReader(Reader in, int maxRun) {
        super(in);
        this.maxRun = maxRun;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            count(buffer[i]);
        }
        return n;
    }

    private void count(char c) throws StreamConstraintsException {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            run = 0;
        } else if (++run > maxRun) {
            throw new StreamConstraintsException("String value length exceeds the maximum allowed ("
                    + maxRun + " characters without white space in YAML)");
        }
    }
}
