package org.appflowcontracts.validator.compiled;

import java.util.Optional;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.compiled.generated.validation.ContractValidators;
import org.appflowcontracts.validator.engine.ValidationEngine;
import org.appflowcontracts.validator.engine.ValidationEngineFactory;

/**
 * Provides the compiled engine for every document kind that has a generated validator: an operation's request
 * ({@code CreateFlow} → entry {@code CreateFlowRequest}) or response ({@code CreateFlowResponse}).
 */
public final class CompiledEngineFactory implements ValidationEngineFactory {

    @Override
    public EngineKind kind() {
        return EngineKind.COMPILED;
    }

    @Override
    public Optional<ValidationEngine> create(String documentKind) {
        String entry = documentKind.endsWith("Response") ? documentKind : documentKind + "Request";
        if (!ContractValidators.entries().contains(entry)) {
            return Optional.empty();
        }
        return Optional.of(new CompiledEngine(entry));
    }
}
