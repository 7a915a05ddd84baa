package org.appflowcontracts.validator.parse.hcl;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.IntegerStack;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.parse.InputLimits;
import org.appflowcontracts.validator.parse.Position;
import org.openrewrite.hcl.internal.grammar.HCLLexer;

/**
 * The documented input limits (tokens, nesting, lengths) applied to HCL while the lexer reads it, so that a hostile
 * file is refused with a position instead of exhausting the parser's stack or the heap. Sits between the lexer and
 * the parser's token buffer: the tokens Terraform ignores (spaces, line breaks, comments; the parser never sees
 * them) are dropped here and not counted, as JSON counts no white space, and reading stops at the first token past
 * a limit, so the buffer never holds more than the token limit allows.
 */
final class HclLimits implements TokenSource {

    /**
     * Most operators on one path of an expression: the grammar's parser recurses once per binary or conditional
     * operator (they nest to the right), and some thousands exhaust the stack at a count that depends on the thread
     * and on how much of the parser the JIT has compiled. A fixed bound gives every run the same verdict.
     */
    static final int MAX_EXPRESSION_OPERATORS = 1000;

    private final TokenSource lexer;
    private long count;
    private int depth;
    /** Operators the parser is nested in at this point, and that count when the innermost open bracket opened. */
    private int operators;
    private int operatorsAtOpen;
    private final IntegerStack enclosingAtOpen = new IntegerStack();
    private final IntegerStack openBrackets = new IntegerStack();

    HclLimits(TokenSource lexer) {
        this.lexer = lexer;
    }

    @Override
    public Token nextToken() {
        Token token = lexer.nextToken();
        while (token.getChannel() != Token.DEFAULT_CHANNEL) {
            // A line break ends an attribute in a body or an object: its operators no longer enclose what follows.
            boolean bodyLevel = openBrackets.size() == 0 || openBrackets.peek() == HCLLexer.LBRACE;
            if (bodyLevel && (token.getType() == HCLLexer.NEWLINE || token.getType() == HCLLexer.LINE_COMMENT)) {
                operators = operatorsAtOpen;
            }
            token = lexer.nextToken();
        }
        admit(token);
        countOperators(token);
        return token;
    }

    private void countOperators(Token token) {
        switch (token.getType()) {
            case HCLLexer.LBRACE, HCLLexer.LBRACK, HCLLexer.LPAREN, HCLLexer.FOR_BRACE, HCLLexer.FOR_BRACK,
                    HCLLexer.TEMPLATE_INTERPOLATION_START -> {
                enclosingAtOpen.push(operatorsAtOpen);
                openBrackets.push(token.getType());
                operatorsAtOpen = operators;
            }
            case HCLLexer.RBRACE, HCLLexer.RBRACK, HCLLexer.RPAREN -> {
                operators = operatorsAtOpen;
                if (openBrackets.size() > 0) {
                    openBrackets.pop();
                    operatorsAtOpen = enclosingAtOpen.pop();
                }
            }
            case HCLLexer.ASSIGN, HCLLexer.COMMA, HCLLexer.ARROW -> operators = operatorsAtOpen;
            case HCLLexer.PLUS, HCLLexer.MINUS, HCLLexer.MUL, HCLLexer.DIV, HCLLexer.MOD, HCLLexer.AND, HCLLexer.OR,
                    HCLLexer.EQ, HCLLexer.NEQ, HCLLexer.LT, HCLLexer.GT, HCLLexer.LEQ, HCLLexer.GEQ, HCLLexer.QUESTION,
                    HCLLexer.NOT -> {
                if (++operators > MAX_EXPRESSION_OPERATORS) {
                    throw exceeded("an expression of more than " + MAX_EXPRESSION_OPERATORS + " operators", token);
                }
            }
            default -> {
            }
        }
    }

    private void admit(Token token) {
        if (++count > InputLimits.MAX_TOKEN_COUNT) {
            throw exceeded("more than " + InputLimits.MAX_TOKEN_COUNT + " tokens", token);
        }
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
            throw exceeded("a string or name of more than " + InputLimits.MAX_STRING_LENGTH + " characters", token);
        }
        // Reading a number costs time in proportion to the square of its digits: bounded as in JSON.
        if (token.getType() == HCLLexer.NumericLiteral && length > InputLimits.MAX_NUMBER_LENGTH) {
            throw exceeded("a number of more than " + InputLimits.MAX_NUMBER_LENGTH + " characters", token);
        }
        if (token.getType() == HCLLexer.Identifier && length > InputLimits.MAX_NAME_LENGTH) {
            throw exceeded("a name of more than " + InputLimits.MAX_NAME_LENGTH + " characters", token);
        }
    }

    /** A member name written as a quoted label or object key, bounded as JSON and YAML bound member names. */
    static void requireName(String name, Position at) throws InputException {
        if (name.length() > InputLimits.MAX_NAME_LENGTH) {
            throw new InputException("input exceeds a safety limit: a name of more than "
                    + InputLimits.MAX_NAME_LENGTH + " characters", at.line(), at.column(), null);
        }
    }

    private static HclSyntaxErrors.Stop exceeded(String what, Token at) {
        return new HclSyntaxErrors.Stop(new InputException("input exceeds a safety limit: " + what, at.getLine(),
                at.getCharPositionInLine() + 1, null));
    }

    @Override
    public int getLine() {
        return lexer.getLine();
    }

    @Override
    public int getCharPositionInLine() {
        return lexer.getCharPositionInLine();
    }

    @Override
    public CharStream getInputStream() {
        return lexer.getInputStream();
    }

    @Override
    public String getSourceName() {
        return lexer.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        lexer.setTokenFactory(factory);
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return lexer.getTokenFactory();
    }
}
