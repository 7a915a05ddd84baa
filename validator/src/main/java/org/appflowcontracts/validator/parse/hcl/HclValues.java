package org.appflowcontracts.validator.parse.hcl;

import java.math.BigDecimal;
import java.util.Map;
import org.antlr.v4.runtime.Token;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.format.Unknowns;
import org.appflowcontracts.validator.parse.JsonPointers;
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

    private final Map<String, Position> positions;

    HclValues(Map<String, Position> positions) {
        this.positions = positions;
    }

    /** The value of {@code expression}, found at {@code pointer}; positions of its items and members are recorded. */
    JsonNode value(HCLParser.ExpressionContext expression, String pointer) throws InputException {
        if (expression instanceof HCLParser.ExpressionTermContext term) {
            return term(term.exprTerm(), pointer);
        }
        if (expression instanceof HCLParser.OperationExpressionContext operation) {
            JsonNode negative = negativeNumber(operation.operation());
            if (negative != null) {
                return negative;
            }
        }
        return Unknowns.unknown(HclText.origin(expression));
    }

    private JsonNode term(HCLParser.ExprTermContext term, String pointer) throws InputException {
        if (term instanceof HCLParser.LiteralExpressionContext literal) {
            return literal(literal.literalValue());
        }
        if (term instanceof HCLParser.TemplateExpressionContext template) {
            return HclTemplates.value(template.templateExpr());
        }
        if (term instanceof HCLParser.CollectionValueExpressionContext collection) {
            HCLParser.CollectionValueContext value = collection.collectionValue();
            return value.tuple() != null ? tuple(value.tuple(), pointer) : object(value.object(), pointer);
        }
        if (term instanceof HCLParser.ParentheticalExpressionContext parenthetical) {
            return value(parenthetical.expression(), pointer);
        }
        return Unknowns.unknown(HclText.origin(term));
    }

    static JsonNode literal(HCLParser.LiteralValueContext literal) {
        Token token = literal.getStart();
        return switch (token.getType()) {
            case HCLParser.NumericLiteral -> number(token.getText(), false);
            case HCLParser.BooleanLiteral -> NODES.booleanNode(Boolean.parseBoolean(token.getText()));
            default -> NODES.nullNode();
        };
    }

    /** {@code -5}: the grammar reads a negative number as an operation on a literal. */
    private static JsonNode negativeNumber(HCLParser.OperationContext operation) {
        HCLParser.UnaryOpContext unary = operation.unaryOp();
        if (unary != null && unary.MINUS() != null
                && unary.exprTerm() instanceof HCLParser.LiteralExpressionContext literal
                && literal.literalValue().NumericLiteral() != null) {
            return number(literal.getText(), true);
        }
        return null;
    }

    /** Numbers as the JSON reader makes them: integers when written without a fraction or exponent, else doubles. */
    static JsonNode number(String text, boolean negative) {
        BigDecimal value = negative ? new BigDecimal(text).negate() : new BigDecimal(text);
        if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            return NODES.numberNode(value.doubleValue());
        }
        try {
            long whole = value.longValueExact();
            return whole == (int) whole ? NODES.numberNode((int) whole) : NODES.numberNode(whole);
        } catch (ArithmeticException tooLarge) {
            return NODES.numberNode(value.toBigInteger());
        }
    }

    private JsonNode tuple(HCLParser.TupleContext tuple, String pointer) throws InputException {
        ArrayNode array = NODES.arrayNode();
        for (HCLParser.ExpressionContext item : tuple.expression()) {
            String itemPointer = JsonPointers.append(pointer, array.size());
            positions.put(itemPointer, HclText.at(item));
            array.add(value(item, itemPointer));
        }
        return array;
    }

    private JsonNode object(HCLParser.ObjectContext object, String pointer) throws InputException {
        ObjectNode node = NODES.objectNode();
        for (HCLParser.ObjectelemContext element : object.objectelem()) {
            String key = HclObjectKeys.key(element);
            if (key == null) {
                // A computed key: which members the object has is decided only when Terraform runs.
                return Unknowns.unknown(HclText.origin(object));
            }
            if (node.has(key)) {
                Position at = HclText.at(element);
                throw new InputException("malformed HCL: duplicate object key \"" + key + "\"", at.line(), at.column(),
                        null);
            }
            HCLParser.ExpressionContext valueExpression = element.expression(element.expression().size() - 1);
            String memberPointer = JsonPointers.append(pointer, key);
            positions.put(memberPointer, HclText.at(element));
            node.set(key, value(valueExpression, memberPointer));
        }
        return node;
    }
}
