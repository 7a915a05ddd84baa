package org.appflowcontracts.validator.parse.hcl;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.Pair;
import org.appflowcontracts.validator.InputException;
import org.openrewrite.hcl.internal.grammar.HCLLexer;

/**
 * The grammar's lexer with three parts of Terraform's template syntax it does not read, so that valid files are
 * not refused:
 * <ul>
 * <li>a template directive ({@code %{ if ... }}, {@code %{ for ... }}, {@code %{ endif }}) reaches the parser as
 * an interpolation: the string or heredoc that holds it is decided when Terraform runs, as with {@code ${...}};
 * <li>the escapes {@code \\uNNNN} and {@code \\UNNNNNNNN} in a quoted string are one literal part each
 * ({@link HclText#unescape} decodes them);
 * <li>a heredoc ends only at a line that holds its marker alone (spaces around it allowed), not at the first line
 * that ends with the marker's letters.
 * </ul>
 */
final class TerraformLexer extends HCLLexer {

    private static final int HEREDOC_MARKER_RULE = Arrays.asList(ruleNames).indexOf("HPIdentifier");
    private static final int HEREDOC_LITERAL_RULE = Arrays.asList(ruleNames).indexOf("HTemplateLiteral");

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** Tokens made ahead: a directive is three. */
    private final Deque<Token> pending = new ArrayDeque<>();
    /** The markers of the heredocs being read, innermost last (a heredoc can hold another in an interpolation). */
    private final Deque<String> markers = new ArrayDeque<>();

    TerraformLexer(CharStream input) {
        super(input);
    }

    @Override
    public Token nextToken() {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        boolean inTemplate = _mode == TEMPLATE || _mode == HEREDOC;
        if (inTemplate && _input.LA(1) == '%' && _input.LA(2) == '{') {
            directive();
            return pending.poll();
        }
        if (_mode == TEMPLATE && _input.LA(1) == '\\' && (_input.LA(2) == 'u' || _input.LA(2) == 'U')) {
            return unicodeEscape();
        }
        return withoutByteOrderMark(super.nextToken());
    }

    /**
     * The grammar reads U+FEFF as a letter: a second byte order mark would glue itself to {@code resource} and
     * make it a block type nobody reads. Terraform strips one mark at the start of the file and refuses any other
     * outside strings and comments; so does this reader, where the mark is.
     */
    private static Token withoutByteOrderMark(Token token) {
        int mark = token.getType() == Identifier ? token.getText().indexOf(BYTE_ORDER_MARK) : -1;
        if (mark >= 0) {
            throw new HclSyntaxErrors.Stop(new InputException("malformed HCL: a byte order mark (U+FEFF) can only"
                    + " begin the file; remove this one", token.getLine(), token.getCharPositionInLine() + 1
                    + token.getText().codePointCount(0, mark),
                    null));
        }
        return token;
    }

    @Override
    public void action(RuleContext context, int ruleIndex, int actionIndex) {
        if (ruleIndex == HEREDOC_MARKER_RULE) {
            markers.addLast(getText());
        } else if (ruleIndex == HEREDOC_LITERAL_RULE) {
            closeHeredocAtItsMarker();
        } else {
            super.action(context, ruleIndex, actionIndex);
        }
    }

    /** The grammar ends a heredoc at any text ending with its marker; Terraform only at the marker's own line. */
    private void closeHeredocAtItsMarker() {
        if (markers.isEmpty() || _tokenStartCharPositionInLine != 0) {
            return;
        }
        int next = _input.LA(1);
        if ((next == '\n' || next == CharStream.EOF) && getText().strip().equals(markers.peekLast())) {
            setType(Identifier);
            markers.removeLast();
            popMode();
        }
    }

    /**
     * {@code %{ ... }} up to the brace that closes it (braces and quoted strings inside counted), as the tokens of
     * {@code ${ 0 }}: an interpolation start, a number standing for the directive and the closing brace, each
     * at the place of the directive's own characters.
     */
    private void directive() {
        int start = _input.index();
        int line = getLine();
        int column = getCharPositionInLine();
        consume(2);
        Token open = token(TEMPLATE_INTERPOLATION_START, "%{", start, line, column);
        int depth = 0;
        while (true) {
            int c = _input.LA(1);
            if (c == CharStream.EOF) {
                throw new HclSyntaxErrors.Stop(new InputException("malformed HCL: template directive '%{' is not"
                        + " closed", line, column + 1, null));
            }
            if (c == '}' && depth == 0) {
                break;
            }
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (c == '"') {
                skipQuoted();
            } else {
                consume(1);
            }
        }
        Token body = token(NumericLiteral, "0", start + 2, line, column + 2);
        Token close = token(RBRACE, "}", _input.index(), getLine(), getCharPositionInLine());
        consume(1);
        pending.add(open);
        pending.add(body);
        pending.add(close);
    }

    /** A quoted string inside a directive, its escapes skipped. */
    private void skipQuoted() {
        consume(1);
        while (_input.LA(1) != '"' && _input.LA(1) != CharStream.EOF && _input.LA(1) != '\n') {
            consume(_input.LA(1) == '\\' ? 2 : 1);
        }
        if (_input.LA(1) == '"') {
            consume(1);
        }
    }

    /** {@code \\u} or {@code \\U} and the hexadecimal digits after it (at most 4 or 8) as one literal part. */
    private Token unicodeEscape() {
        int start = _input.index();
        int line = getLine();
        int column = getCharPositionInLine();
        int digits = _input.LA(2) == 'u' ? 4 : 8;
        consume(2);
        for (int i = 0; i < digits && Character.digit(_input.LA(1), 16) >= 0; i++) {
            consume(1);
        }
        return token(TemplateStringLiteral, _input.getText(Interval.of(start, _input.index() - 1)), start, line,
                column);
    }

    private void consume(int count) {
        for (int i = 0; i < count && _input.LA(1) != CharStream.EOF; i++) {
            getInterpreter().consume(_input);
        }
    }

    private Token token(int type, String text, int start, int line, int column) {
        int stop = type == RBRACE ? start : _input.index() - 1;
        return _factory.create(new Pair<>(this, _input), type, text, Token.DEFAULT_CHANNEL, start,
                Math.max(start, stop), line, column);
    }
}
