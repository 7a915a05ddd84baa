package org.appflowcontracts.validator;

import java.util.Locale;

/**
 * Which document kind a file was checked as, and why — so that a wrong guess is visible rather than silent.
 *
 * @param operation the document kind ({@code CreateFlow}, {@code UpdateFlow}, {@code DescribeFlowResponse}, ...)
 * @param basis     what decided it
 * @param detail    the evidence in a few words (the members seen, the file name rule, the configuration entry)
 */
public record OperationChoice(String operation, Basis basis, String detail) {

    /** What decided a file's document kind, strongest first. */
    public enum Basis {
        /** {@code --operation} on the command line (or the caller of the library). */
        OPTION,
        /** A path entry of the project configuration file. */
        CONFIGURATION,
        /** The file name ({@code update*} is an UpdateFlow). */
        FILE_NAME,
        /** The members the document has. */
        CONTENT,
        /** A template or Terraform file: each flow resource declares a CreateFlow request. */
        FILE_FORMAT;

        /** The spelling in JSON and SARIF output: {@code option}, {@code file-name}, ... */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** {@code UpdateFlow (file name: starts with "update")}, for people. */
    public String describe() {
        return operation + " (" + basis.wireName().replace('-', ' ') + (detail.isEmpty() ? "" : ": " + detail) + ")";
    }
}
