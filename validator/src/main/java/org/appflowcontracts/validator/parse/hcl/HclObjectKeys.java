package org.appflowcontracts.validator.parse.hcl;

import org.appflowcontracts.validator.InputException;
import org.openrewrite.hcl.internal.grammar.HCLParser;
import tools.jackson.databind.JsonNode;

/** The member name an object element is written with, when it is fixed in the file. */
final class HclObjectKeys {

    private HclObjectKeys() {
    }

    /** The key of {@code element}, or null when it is computed ({@code (var.name)}, {@code "${x}"}, a reference). */
    static String key(HCLParser.ObjectelemContext element) throws InputException {
        if (element.LPAREN() != null) {
            return null;
        }
        if (element.qualifiedIdentifier() != null) {
            HCLParser.QualifiedIdentifierContext name = element.qualifiedIdentifier();
            return name.Identifier().size() == 1 ? name.getText() : null;
        }
        if (element.NULL() != null) {
            return "null";
        }
        if (element.QUOTE().size() > 0) {
            return HclTemplates.quotedText(element.quotedTemplatePart());
        }
        if (element.expression().size() == 2) {
            HCLParser.ExpressionContext key = element.expression(0);
            if (key instanceof HCLParser.ExpressionTermContext term
                    && term.exprTerm() instanceof HCLParser.LiteralExpressionContext literal) {
                JsonNode value = HclValues.literal(literal.literalValue());
                return value.isNull() ? null : value.asString();
            }
        }
        return null;
    }
}
