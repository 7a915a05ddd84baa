package org.appflowcontracts.validator.cli;

import java.util.List;
import java.util.Optional;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.OperationChoice;
import org.appflowcontracts.validator.ValidationReport;
import org.appflowcontracts.validator.Violation;

/**
 * What the command line needs from the validation library. Kept as a narrow port so the command's logic
 * (input handling, formats, exit codes) does not depend on how contracts are evaluated.
 */
public interface ValidationService {

    /** Operation names this service can validate, e.g. {@code CreateFlow}. */
    List<String> operations();

    /**
     * The canonical name of the document kind a user typed ({@code createflow}, {@code CreateFlowRequest},
     * {@code DescribeFlowResponse}), or empty when there is no such kind.
     */
    Optional<String> resolveOperation(String name);

    /** The operation the document is a request of, or empty when its content does not tell. */
    Optional<String> detectOperation(byte[] content, String sourceName) throws InputException;

    /** As {@link #detectOperation}, with what decided it. */
    default Optional<OperationChoice> explainOperation(byte[] content, String sourceName) throws InputException {
        return detectOperation(content, sourceName)
                .map(op -> new OperationChoice(op, OperationChoice.Basis.CONTENT, ""));
    }

    /**
     * Why a document whose operation could not be detected is not a request body at all (a CloudFormation
     * template, say), or empty when nothing is known about it.
     */
    default Optional<String> notARequestBecause(byte[] content, String sourceName) throws InputException {
        return Optional.empty();
    }

    ValidationReport validate(String operation, byte[] content, String sourceName) throws InputException;

    /**
     * Warnings about the operation the content chose over the file name (an {@code update*} body with members only
     * CreateFlow takes); asked only when nothing but the content decided the operation.
     */
    default List<Violation> contentChoiceNotices(byte[] content, String sourceName) throws InputException {
        return List.of();
    }

    /**
     * The findings of a file that declares AppFlow requests rather than being one (a CloudFormation template,
     * Terraform), in the file's own terms; empty when the file is an API body, to be checked by {@link #validate}.
     */
    default Optional<ValidationReport> validateDeclaredFlows(byte[] content, String sourceName)
            throws InputException {
        return Optional.empty();
    }

    /** Every catalogued rule, sorted by id. */
    List<RuleDescription> rules();
}
