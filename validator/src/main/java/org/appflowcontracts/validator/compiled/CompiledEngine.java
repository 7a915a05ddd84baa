package org.appflowcontracts.validator.compiled;

import java.util.ArrayList;
import java.util.List;
import org.appflowcontracts.validator.compiled.generated.validation.ContractValidators;
import org.appflowcontracts.validator.compiled.generated.validation.RawFailureListener;
import org.appflowcontracts.validator.engine.RawFailure;
import org.appflowcontracts.validator.engine.ValidationEngine;
import tools.jackson.databind.JsonNode;

/**
 * Runs the validator generated for one entry schema. The generated code reports raw keyword failures; the
 * library's reporting model turns them into violations exactly as for the reference engine. Failures that
 * depend on unknown values come back marked undecided.
 */
final class CompiledEngine implements ValidationEngine {

    private final String entry;

    CompiledEngine(String entry) {
        this.entry = entry;
    }

    @Override
    public List<RawFailure> evaluate(JsonNode document) {
        List<RawFailure> failures = new ArrayList<>();
        ContractValidators.evaluate(entry, document, new RawFailureListener() {
            @Override
            public void failure(String keyword, String pointer, String member, String schemaId, String schemaPointer,
                    String expected) {
                failures.add(new RawFailure(keyword, pointer, member, schemaId, schemaPointer, expected));
            }

            @Override
            public void undecided(String keyword, String pointer, String member, String schemaId, String schemaPointer,
                    String expected) {
                failures.add(new RawFailure(keyword, pointer, member, schemaId, schemaPointer, expected, true));
            }
        });
        return failures;
    }
}
