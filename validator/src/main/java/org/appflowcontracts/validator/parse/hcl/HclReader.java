package org.appflowcontracts.validator.parse.hcl;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.Token;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.parse.AsciiText;
import org.appflowcontracts.validator.parse.ContainerPositions;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.Position;
import org.appflowcontracts.validator.parse.SourceFiles;
import org.appflowcontracts.validator.parse.Utf16Columns;
import org.openrewrite.hcl.internal.grammar.HCLLexer;
import org.openrewrite.hcl.internal.grammar.HCLParser;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a Terraform {@code .tf} file (HCL2 native syntax) into a located tree shaped like Terraform's JSON syntax.
 * A file that is not valid HCL is refused with the line and column of the first error.
 */
public final class HclReader {

    private HclReader() {
    }

    public static LocatedDocument read(byte[] content) throws InputException {
        if (SourceFiles.tooLarge(content)) {
            throw new InputException(SourceFiles.tooLargeMessage(), 1, 1, null);
        }
        String text = LineEnds.toLf(decode(content));
        HCLLexer lexer = new TerraformLexer(CharStreams.fromString(text));
        HclSyntaxErrors errors = new HclSyntaxErrors();
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        CommonTokenStream tokens = new CommonTokenStream(new HclLimits(lexer));
        ContainerPositions.Recorder positions;
        try {
            tokens.fill();
            // About one object or list per four visible tokens in usual files: the recorder's table is made once.
            positions = new ContainerPositions.Recorder(Math.min(tokens.size() / 4, 1 << 16));
            HCLParser parser = new HCLParser(tokens);
            HCLParser.ConfigFileContext file = parse(parser, tokens, errors);
            ObjectNode root = new HclBodies(positions).file(file.body());
            // ANTLR counts code points; columns leave here in UTF-16 code units, as in JSON and YAML.
            Utf16Columns units = Utf16Columns.of(text, false);
            if (!units.isIdentity()) {
                positions.mapPositions(p -> new Position(p.line(), units.column(p.line(), p.column())));
            }
            return new LocatedDocument(root, positions.finish(root, new Position(1, 1)));
        } catch (HclSyntaxErrors.Stop stop) {
            throw Utf16Columns.of(text, false).relocate(stop.problem);
        } catch (InputException e) {
            throw Utf16Columns.of(text, false).relocate(e);
        } catch (StackOverflowError tooDeep) {
            throw new InputException("input exceeds a safety limit: expressions nested too deeply", 1, 1, null);
        }
    }

    /**
     * Parses in ANTLR's fast SLL prediction mode, which decides ordinary files without the full-context analysis
     * the grammar's left-recursive expressions otherwise trigger at every operator; only a file SLL cannot decide
     * (or a malformed one, whose error must be located by the full algorithm) is parsed again in LL mode.
     */
    private static HCLParser.ConfigFileContext parse(HCLParser parser, CommonTokenStream tokens,
            HclSyntaxErrors errors) throws InputException {
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            HCLParser.ConfigFileContext file = parser.configFile();
            if (parser.getCurrentToken().getType() == Token.EOF) {
                return file;
            }
        } catch (ParseCancellationException undecided) {
            // parsed again below
        }
        tokens.seek(0);
        parser.reset();
        parser.addErrorListener(errors);
        parser.setErrorHandler(new DefaultErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        HCLParser.ConfigFileContext file = parser.configFile();
        requireEnd(parser);
        return file;
    }

    /** The grammar's start rule stops at the first token it cannot use; anything left is an error there. */
    private static void requireEnd(HCLParser parser) throws InputException {
        Token next = parser.getCurrentToken();
        if (next.getType() != Token.EOF) {
            throw new InputException("malformed HCL: unexpected '" + next.getText() + "'", next.getLine(),
                    next.getCharPositionInLine() + 1, null);
        }
    }

    private static String decode(byte[] content) throws InputException {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        String ascii = AsciiText.orNull(content, start);
        if (ascii != null) {
            return ascii;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length - start + 1);
        if (decoder.decode(in, out, true).isError()) {
            // Located at the first byte that is not UTF-8, in the lines and UTF-16 columns of the text before it.
            String before = LineEnds.toLf(out.flip().toString());
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            throw new InputException(String.format("malformed HCL: Terraform files must be UTF-8 text; byte 0x%02X"
                    + " does not begin a complete character here", content[in.position()] & 0xFF), line, column,
                    null);
        }
        return out.flip().toString();
    }
}
