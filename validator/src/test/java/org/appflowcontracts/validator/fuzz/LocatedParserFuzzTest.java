package org.appflowcontracts.validator.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.LocatedParser;
import org.appflowcontracts.validator.parse.LocatedParser.Syntax;
import org.appflowcontracts.validator.parse.YamlTags;

/**
 * The located JSON/YAML reader on raw bytes: it either returns a tree whose every value has a position in the
 * document, or refuses the bytes with an {@link InputException} located in the document. Anything else (another
 * exception, a position outside the document, a hang) is a defect.
 *
 * <p>{@code mvn verify} replays the seeds and reproducers under {@code LocatedParserFuzzTestInputs/}; the README
 * ("Fuzzing") gives the command that fuzzes.
 */
class LocatedParserFuzzTest {

    @FuzzTest(maxDuration = "30m")
    void readsOrRefusesWithALocatedError(byte[] content) {
        CpuBudget budget = CpuBudget.seconds(10);
        DocumentBounds bounds = DocumentBounds.of(content);
        Syntax detected = LocatedParser.detectSyntax(content, "fuzzed");
        check(content, detected, YamlTags.CORE_ONLY, bounds);
        if (detected == Syntax.JSON) {
            // Every JSON document is YAML too: the YAML reading must hold the same promises.
            check(content, Syntax.YAML, YamlTags.CORE_ONLY, bounds);
        }
        budget.requireWithin("reading the document");
    }

    private static void check(byte[] content, Syntax syntax, YamlTags tags, DocumentBounds bounds) {
        LocatedDocument document;
        try {
            document = LocatedParser.parse(content, syntax, tags);
        } catch (InputException refused) {
            bounds.requireInside(refused.line(), refused.column(), syntax + " refusal '" + refused.getMessage() + "'");
            return;
        }
        if (!document.root().isObject()) {
            throw new AssertionError(syntax + " reading returned a " + document.root().getNodeType() + " root");
        }
        LocatedTrees.requireEveryValueInside(document, bounds);
    }
}
