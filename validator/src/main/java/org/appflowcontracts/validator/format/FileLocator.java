package org.appflowcontracts.validator.format;

import org.appflowcontracts.validator.parse.Position;

/**
 * The way back from a declared request to the user's file: where a value of the request came from, and how the
 * file spells the request's member names.
 */
public interface FileLocator {

    /**
     * Where the request value at {@code requestPointer} (a JSON Pointer into the request) is written in the file,
     * in the file's own terms ({@code /Resources/Flow/Properties/Tasks/2/TaskType},
     * {@code aws_appflow_flow.accounts.task[2].task_type}); for a value the file lacks, its nearest present
     * ancestor.
     */
    String filePointer(String requestPointer);

    /** The line and column of the value at {@code requestPointer}, or of its nearest present ancestor. */
    Position position(String requestPointer);

    /**
     * As {@link #filePointer}, for a finding about the name of the map member at {@code requestPointer} rather
     * than its value: where the file writes that name (a template's {@code TaskProperties} entry's {@code Key}).
     */
    default String keyFilePointer(String requestPointer) {
        return filePointer(requestPointer);
    }

    /** The line and column of {@link #keyFilePointer}. */
    default Position keyPosition(String requestPointer) {
        return position(requestPointer);
    }

    /**
     * A message written in request terms, with the member names it mentions spelt as the file spells them
     * ({@code idFieldNames} becomes {@code IdFieldNames} in a template, {@code id_field_names} in Terraform).
     */
    String inFileTerms(String message);
}
