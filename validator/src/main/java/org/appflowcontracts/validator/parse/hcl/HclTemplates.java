package org.appflowcontracts.validator.parse.hcl;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.format.Unknowns;
import org.openrewrite.hcl.internal.grammar.HCLParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Quoted strings and heredocs: known text when they interpolate nothing, unknown otherwise. */
final class HclTemplates {

    private HclTemplates() {
    }

    static JsonNode value(HCLParser.TemplateExprContext template) throws InputException {
        if (template instanceof HCLParser.QuotedTemplateContext quoted) {
            String text = quotedText(quoted.quotedTemplatePart());
            return text == null ? Unknowns.unknown(HclText.origin(quoted)) : JsonNodeFactory.instance.stringNode(text);
        }
        HCLParser.HeredocContext heredoc = (HCLParser.HeredocContext) template;
        for (HCLParser.HeredocTemplatePartContext part : heredoc.heredocTemplatePart()) {
            if (part.templateInterpolation() != null) {
                return Unknowns.unknown(HclText.origin(heredoc));
            }
        }
        return JsonNodeFactory.instance.stringNode(heredocText(heredoc));
    }

    /** The text of a quoted string's parts, or null when one of them interpolates an expression. */
    static String quotedText(List<HCLParser.QuotedTemplatePartContext> parts) throws InputException {
        if (parts.size() == 1 && parts.get(0).templateInterpolation() == null) {
            return HclText.unescape(parts.get(0).stringLiteral().getStart()); // one literal part: the usual string
        }
        StringBuilder text = new StringBuilder();
        for (HCLParser.QuotedTemplatePartContext part : parts) {
            if (part.templateInterpolation() != null) {
                return null;
            }
            text.append(HclText.unescape(part.stringLiteral().getStart()));
        }
        return text.toString();
    }

    /**
     * The lines between the heredoc's opening line and its closing marker, each ending with a line break; the
     * indented form {@code <<-} removes the indentation all lines share. Heredocs take no backslash escapes.
     */
    private static String heredocText(HCLParser.HeredocContext heredoc) {
        Token firstBreak = heredoc.NEWLINE(0).getSymbol();
        Token closing = heredoc.Identifier(heredoc.Identifier().size() - 1).getSymbol();
        int from = firstBreak.getStopIndex() + 1;
        // The closing marker token carries the indentation before the marker; the body ends where that line starts.
        int to = closing.getStartIndex() - 1;
        String body = to < from ? "" : firstBreak.getInputStream().getText(Interval.of(from, to));
        body = body.replace("$${", "${").replace("%%{", "%{");
        return heredoc.getStart().getText().endsWith("-") ? dedent(body) : body;
    }

    private static String dedent(String body) {
        String[] lines = body.split("\n", -1);
        int shared = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                shared = Math.min(shared, line.length() - line.stripLeading().length());
            }
        }
        if (shared == Integer.MAX_VALUE) {
            return body;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            out.append(line.isBlank() ? line.strip() : line.substring(shared));
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
