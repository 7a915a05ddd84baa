package org.appflowcontracts.validator.parse.hcl;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.parse.InputLimits;
import org.openrewrite.hcl.internal.grammar.HCLLexer;

/**
 * The documented input limits (tokens, nesting) applied to HCL before parsing, so that a hostile file is
 * refused with a position instead of exhausting the parser's stack.
 */
final class HclLimits {

    private HclLimits() {
    }

    static void check(CommonTokenStream tokens) throws InputException {
        tokens.fill();
        if (tokens.size() > InputLimits.MAX_TOKEN_COUNT) {
            Token at = tokens.get((int) InputLimits.MAX_TOKEN_COUNT);
            throw exceeded("more than " + InputLimits.MAX_TOKEN_COUNT + " tokens", at);
        }
        int depth = 0;
        for (Token token : tokens.getTokens()) {
            switch (token.getType()) {
                case HCLLexer.LBRACE, HCLLexer.LBRACK, HCLLexer.LPAREN, HCLLexer.FOR_BRACE, HCLLexer.FOR_BRACK,
                        HCLLexer.TEMPLATE_INTERPOLATION_START -> depth++;
                case HCLLexer.RBRACE, HCLLexer.RBRACK, HCLLexer.RPAREN -> depth--;
                default -> {
                }
            }
            if (depth > InputLimits.MAX_NESTING_DEPTH) {
                throw exceeded("nesting deeper than " + InputLimits.MAX_NESTING_DEPTH + " levels", token);
            }
            // By the token's extent, not its text: no copy of any token is made to measure it.
            int length = token.getStopIndex() - token.getStartIndex() + 1;
            if (length > InputLimits.MAX_STRING_LENGTH) {
                throw exceeded("a string or name of more than " + InputLimits.MAX_STRING_LENGTH + " characters",
                        token);
            }
            // Reading a number costs time in proportion to the square of its digits: bounded as in JSON.
            if (token.getType() == HCLLexer.NumericLiteral && length > InputLimits.MAX_NUMBER_LENGTH) {
                throw exceeded("a number of more than " + InputLimits.MAX_NUMBER_LENGTH + " characters", token);
            }
        }
    }

    private static InputException exceeded(String what, Token at) {
        return new InputException("input exceeds a safety limit: " + what, at.getLine(),
                at.getCharPositionInLine() + 1, null);
    }
}
