package org.itm.operations.problem.internal;

import org.itm.core.store.DocumentIds;
import org.itm.core.validation.Checks;

/**
 * That the symptoms of known error {@code problemId} contain {@code word}: one document per pair, indexed by word.
 *
 * @param problemId the problem
 * @param word      a symptom word (see {@link SymptomWords})
 */
public record SymptomLink(String problemId, String word) {

    public SymptomLink {
        Checks.id(problemId, "problemId");
        Checks.notBlank(word, "word");
    }

    /** The document id of this link. */
    public String documentId() {
        return DocumentIds.forKey(problemId + "\u0000" + word);
    }
}
