package org.itm.operations.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CsvReaderProperties {

    /** Writing any fields the RFC 4180 way and reading them back gives the same fields and line numbers. */
    @Property(tries = 300)
    void readsBackWhatWasWrittenWithQuoting(@ForAll("records") List<List<String>> records,
                                            @ForAll boolean crlf) {
        StringBuilder csv = new StringBuilder();
        List<Long> startLines = new ArrayList<>();
        long line = 1;
        for (List<String> rec : records) {
            startLines.add(line);
            for (int i = 0; i < rec.size(); i++) {
                String f = rec.get(i);
                if (i > 0) {
                    csv.append(',');
                }
                boolean quote = f.isEmpty() && rec.size() == 1 || f.contains(",") || f.contains("\"")
                        || f.contains("\n") || f.contains("\r");
                csv.append(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
                line += f.chars().filter(c -> c == '\n').count()
                        + f.replace("\r\n", "\n").chars().filter(c -> c == '\r').count();
            }
            csv.append(crlf ? "\r\n" : "\n");
            line++;
        }
        CsvReader reader = new CsvReader(new StringReader(csv.toString()));
        for (int i = 0; i < records.size(); i++) {
            CsvReader.CsvRecord r = reader.next().orElseThrow();
            assertThat(r.error()).isEmpty();
            assertThat(r.fields()).isEqualTo(records.get(i));
            assertThat(r.line()).isEqualTo(startLines.get(i));
        }
        assertThat(reader.next()).isEmpty();
    }

    @Provide
    Arbitrary<List<List<String>>> records() {
        Arbitrary<String> field = Arbitraries.strings().withChars("ab ,\"\n\r?é").ofMaxLength(6);
        return field.list().ofMinSize(1).ofMaxSize(5).list().ofMaxSize(6);
    }

    @Example
    void aByteOrderMarkIsSkippedAndAMissingFinalLineBreakIsFine() {
        CsvReader reader = new CsvReader(new StringReader("\uFEFFa,b\r\nc,\"d\""));
        assertThat(reader.next().orElseThrow().fields()).containsExactly("a", "b");
        CsvReader.CsvRecord second = reader.next().orElseThrow();
        assertThat(second.fields()).containsExactly("c", "d");
        assertThat(second.line()).isEqualTo(2);
        assertThat(reader.next()).isEqualTo(Optional.empty());
    }

    @Example
    void readingResumesOnTheLineAfterAMalformedRecord() {
        CsvReader reader = new CsvReader(new StringReader("a,\"b\"c,d\ne,f\n"));
        CsvReader.CsvRecord bad = reader.next().orElseThrow();
        assertThat(bad.error()).contains("unexpected character 'c' after the closing quote of field 2");
        CsvReader.CsvRecord next = reader.next().orElseThrow();
        assertThat(next.fields()).containsExactly("e", "f");
        assertThat(next.line()).isEqualTo(2);
    }

    @Example
    void anUnclosedQuoteIsReportedWithTheLineItOpenedOnAndEndsTheInput() {
        CsvReader reader = new CsvReader(new StringReader("a,b\r\nc,\"open\ny,z\n"));
        assertThat(reader.next().orElseThrow().fields()).containsExactly("a", "b");
        CsvReader.CsvRecord bad = reader.next().orElseThrow();
        assertThat(bad.line()).isEqualTo(2);
        assertThat(bad.error()).contains("quoted field opened on line 2 is never closed");
        assertThat(reader.next()).isEmpty();
    }

    @Example
    void aQuoteInsideAnUnquotedFieldIsTextAndCarriageReturnsAloneEndLines() {
        CsvReader reader = new CsvReader(new StringReader("a,b\"c\rd,\"e\r\nf\"\rg"));
        CsvReader.CsvRecord first = reader.next().orElseThrow();
        assertThat(first.fields()).containsExactly("a", "b\"c");
        assertThat(first.error()).isEmpty();
        CsvReader.CsvRecord second = reader.next().orElseThrow();
        assertThat(second.fields()).containsExactly("d", "e\r\nf");
        assertThat(second.line()).isEqualTo(2);
        assertThat(reader.next().orElseThrow().line()).isEqualTo(4);
        assertThat(reader.next()).isEmpty();
    }

    @Example
    void emptyInputHasNoRecords() {
        assertThat(new CsvReader(new StringReader("")).next()).isEmpty();
        assertThat(new CsvReader(new StringReader("\uFEFF")).next()).isEmpty();
    }
}
