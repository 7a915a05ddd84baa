package org.appflowcontracts.validator.engine;

import java.util.Optional;
import org.appflowcontracts.validator.EngineKind;

/**
 * Service-provider hook through which an engine implementation (the compiled validators) plugs in without the
 * library depending on it: implementations are found with {@link java.util.ServiceLoader}, declared in
 * {@code META-INF/services/org.appflowcontracts.validator.engine.ValidationEngineFactory}.
 */
public interface ValidationEngineFactory {

    EngineKind kind();

    /**
     * The engine for a document kind ({@code CreateFlow}, {@code DescribeFlowResponse}, ...), or empty when this
     * implementation does not cover it.
     */
    Optional<ValidationEngine> create(String documentKind);
}
