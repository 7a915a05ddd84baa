package org.appflowcontracts.validator.format.resource;

import java.util.ArrayList;
import java.util.List;
import org.appflowcontracts.validator.engine.RawFailure;

/**
 * Collects the raw failures of a resource schema's generated validator. Each generated package declares its own
 * listener type, all with the same method; one named class serves the three, where a lambda per call site would
 * start the JVM's lambda machinery on a template's first check.
 */
final class RawFailures implements
        org.appflowcontracts.validator.format.resource.generated.cloudformation.validation.RawFailureListener,
        org.appflowcontracts.validator.format.resource.generated.terraform.aws.validation.RawFailureListener,
        org.appflowcontracts.validator.format.resource.generated.terraform.awscc.validation.RawFailureListener {

    private final List<RawFailure> failures = new ArrayList<>();

    @Override
    public void failure(String keyword, String pointer, String member, String schemaId, String schemaPointer,
            String expected) {
        failures.add(new RawFailure(keyword, pointer, member, schemaId, schemaPointer, expected));
    }

    /** A failure that depends on an unknown value is not reported (the listeners' own default, restated once). */
    @Override
    public void undecided(String keyword, String pointer, String member, String schemaId, String schemaPointer,
            String expected) {
    }

    List<RawFailure> list() {
        return failures;
    }
}
