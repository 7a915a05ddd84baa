package org.appflowcontracts.validator.parse.hcl;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.appflowcontracts.validator.InputException;

/**
 * Stops lexing or parsing at the first syntax error and keeps its position, so a malformed {@code .tf} file is
 * reported once, with line and column, instead of the grammar's recovery guesses.
 */
final class HclSyntaxErrors extends BaseErrorListener {

    /** Thrown through ANTLR's generated code; unwrapped by {@link HclReader}. */
    static final class Stop extends ParseCancellationException {
        private static final long serialVersionUID = 1L;
        final transient InputException problem;

        Stop(InputException problem) {
            this.problem = problem;
        }
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
            String msg, RecognitionException e) {
        throw new Stop(new InputException("malformed HCL: " + msg, line, charPositionInLine + 1, null));
    }
}
