package org.appflowcontracts.validator.engine;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Evaluates one operation's contract against a document and reports raw keyword failures. Implementations are
 * thread-safe and reusable. Failures under a failing {@code anyOf}/{@code oneOf}/{@code not}/{@code contains}
 * are either not reported or reported together with the enclosing keyword's own failure (the reducer prunes them).
 */
public interface ValidationEngine {

    List<RawFailure> evaluate(JsonNode document);
}
