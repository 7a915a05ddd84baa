package org.appflowcontracts.properties;

import java.util.ArrayList;
import java.util.List;

import org.appflowcontracts.validator.ContractValidator;

/** Every document kind the validator checks: each operation's request and its response. */
final class DocumentKinds {

    private DocumentKinds() {
    }

    /** {@code CreateFlow}, {@code CreateFlowResponse}, ... */
    static List<String> all() {
        List<String> kinds = new ArrayList<>();
        for (String operation : ContractValidator.operations()) {
            kinds.add(operation);
            kinds.add(operation + "Response");
        }
        return kinds;
    }

    /** The entry schema name of a kind: {@code CreateFlowRequest}, {@code CreateFlowResponse}. */
    static String entrySchema(String kind) {
        return kind.endsWith("Response") ? kind : kind + "Request";
    }
}
