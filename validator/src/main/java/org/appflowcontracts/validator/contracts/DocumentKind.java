package org.appflowcontracts.validator.contracts;

/**
 * A kind of document that can be validated: an operation's request body (named as the operation,
 * {@code CreateFlow}) or its response body ({@code CreateFlowResponse}).
 *
 * @param name      the name users address it by
 * @param operation the AppFlow operation
 * @param response  true for the response body
 * @param schemaIri the schema applied to the whole document (the request contract when there is one)
 */
public record DocumentKind(String name, String operation, boolean response, String schemaIri) {
}
