package org.itm.operations.problem.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.itm.core.store.Write;

/** The words symptoms are searched by: letters and digits, lower case, the same in memory and in the store. */
public final class SymptomWords {

    private SymptomWords() {
    }

    /** The distinct words of {@code text}, sorted. */
    public static Set<String> of(String text) {
        Set<String> words = new TreeSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            // an index value has a bounded length; a longer "word" is no search term anyone types
            if (!w.isEmpty() && w.length() <= Write.MAX_INDEX_VALUE_CHARS) {
                words.add(w);
            }
        }
        return words;
    }

    /** The distinct words of every text in {@code texts}, sorted. */
    public static Set<String> ofAll(Collection<String> texts) {
        Set<String> words = new TreeSet<>();
        texts.forEach(t -> words.addAll(of(t)));
        return words;
    }
}
