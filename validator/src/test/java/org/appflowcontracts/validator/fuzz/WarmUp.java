package org.appflowcontracts.validator.fuzz;

import java.nio.charset.StandardCharsets;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.InputException;

/**
 * Loading the contracts and engines takes seconds on a busy machine; the targets do it before their first timed
 * input, so a target's time limit bounds the work on one input, not the start-up.
 */
final class WarmUp {

    /** A small flow with a finding: it reaches the validators in every format that reads it. */
    static final byte[] FLOW = "{\"flowName\": \"warm up\", \"triggerConfig\": {\"triggerType\": \"OnDemand\"}}"
            .getBytes(StandardCharsets.UTF_8);

    private WarmUp() {
    }

    static void validateFlow() {
        try {
            ContractValidator.forOperation("CreateFlow", EngineKind.COMPILED).validate(FLOW, "warm-up.json");
        } catch (InputException e) {
            throw new IllegalStateException("the warm-up flow does not parse", e);
        }
    }
}
