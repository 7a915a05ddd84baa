package org.appflowcontracts.validator.parse.hcl;

import java.math.BigDecimal;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.format.Unknowns;
import org.appflowcontracts.validator.parse.ContainerPositions;
import org.appflowcontracts.validator.parse.Position;
import org.openrewrite.hcl.internal.grammar.HCLParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * HCL expressions turned into values: literals, quoted strings without interpolation, heredocs without
 * interpolation, tuples and objects are known; every other expression is decided only when Terraform runs and
 * becomes an unknown node named by its source text. Records the position of every nested value.
 */
final class HclValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ContainerPositions.Recorder positions;

    HclValues(ContainerPositions.Recorder positions) {
        this.positions = positions;
    }

    /** The value of {@code expression}; positions of its items and members are recorded. */
    JsonNode value(HCLParser.ExpressionContext expression) throws InputException {
        if (expression instanceof HCLParser.ExpressionTermContext term) {
            return term(term.exprTerm());
        }
        if (expression instanceof HCLParser.OperationExpressionContext operation) {
            JsonNode negative = negativeNumber(operation.operation());
            if (negative != null) {
                return negative;
            }
        }
        return Unknowns.unknown(HclText.origin(expression));
    }

    private JsonNode term(HCLParser.ExprTermContext term) throws InputException {
        if (term instanceof HCLParser.LiteralExpressionContext literal) {
            return literal(literal.literalValue());
        }
        if (term instanceof HCLParser.TemplateExpressionContext template) {
            return HclTemplates.value(template.templateExpr());
        }
        if (term instanceof HCLParser.CollectionValueExpressionContext collection) {
            HCLParser.CollectionValueContext value = collection.collectionValue();
            return value.tuple() != null ? tuple(value.tuple()) : object(value.object());
        }
        if (term instanceof HCLParser.ParentheticalExpressionContext parenthetical) {
            return value(parenthetical.expression());
        }
        return Unknowns.unknown(HclText.origin(term));
    }

    static JsonNode literal(HCLParser.LiteralValueContext literal) throws InputException {
        Token token = literal.getStart();
        return switch (token.getType()) {
            case HCLParser.NumericLiteral -> number(token, false);
            case HCLParser.BooleanLiteral -> NODES.booleanNode(Boolean.parseBoolean(token.getText()));
            default -> NODES.nullNode();
        };
    }

    /** {@code -5}: the grammar reads a negative number as an operation on a literal. */
    private static JsonNode negativeNumber(HCLParser.OperationContext operation) throws InputException {
        HCLParser.UnaryOpContext unary = operation.unaryOp();
        if (unary != null && unary.MINUS() != null
                && unary.exprTerm() instanceof HCLParser.LiteralExpressionContext literal
                && literal.literalValue().NumericLiteral() != null) {
            return number(literal.getStart(), true);
        }
        return null;
    }

    /**
     * Numbers as the JSON reader makes them: integers when written without a fraction or exponent, else the double
     * when it is the exact value and the exact decimal otherwise ({@code 3000.00000000000000001} is no integer).
     * A literal whose exponent no decimal can hold is refused where it is written.
     */
    static JsonNode number(Token literal, boolean negative) throws InputException {
        String text = literal.getText();
        BigDecimal value;
        try {
            value = negative ? new BigDecimal(text).negate() : new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException tooLarge) {
            Position at = HclText.at(literal);
            throw new InputException("malformed HCL: the number " + text + " has an exponent too large to read",
                    at.line(), at.column(), null);
        }
        if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            double approximate = value.doubleValue();
            return Double.isFinite(approximate) && new BigDecimal(approximate).compareTo(value) == 0
                    ? NODES.numberNode(approximate) : NODES.numberNode(value);
        }
        try {
            long whole = value.longValueExact();
            return whole == (int) whole ? NODES.numberNode((int) whole) : NODES.numberNode(whole);
        } catch (ArithmeticException tooLarge) {
            return NODES.numberNode(value.toBigInteger());
        }
    }

    private JsonNode tuple(HCLParser.TupleContext tuple) throws InputException {
        ArrayNode array = NODES.arrayNode();
        for (HCLParser.ExpressionContext item : tuple.expression()) {
            Token start = item.getStart();
            positions.item(array, array.size(), start.getLine(), start.getCharPositionInLine() + 1);
            array.add(value(item));
        }
        return array;
    }

    private JsonNode object(HCLParser.ObjectContext object) throws InputException {
        ObjectNode node = NODES.objectNode();
        for (HCLParser.ObjectelemContext element : object.objectelem()) {
            String key = HclObjectKeys.key(element);
            if (key == null) {
                // A computed key: which members the object has is decided only when Terraform runs.
                return Unknowns.unknown(HclText.origin(object));
            }
            HclLimits.requireName(key, HclText.at(element));
            if (node.has(key)) {
                Position at = HclText.at(element);
                throw new InputException("malformed HCL: duplicate object key \"" + key + "\"", at.line(), at.column(),
                        null);
            }
            // The generated accessor makes a new list at every call: asked once.
            List<HCLParser.ExpressionContext> expressions = element.expression();
            HCLParser.ExpressionContext valueExpression = expressions.get(expressions.size() - 1);
            positions.member(node, key, HclText.at(element));
            node.set(key, value(valueExpression));
        }
        return node;
    }
}
