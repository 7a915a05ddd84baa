package org.appflowcontracts.validator.format;

import java.util.Optional;
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

    /**
     * For a finding on the request object at {@code requestPointer}: a member the file writes in that object that
     * is a misspelling of one of its members and that the request leaves out, where nothing else reports it (the
     * format's tool drops it silently, and the finding is what its absence causes); empty when there is none.
     */
    default Optional<Misspelt> misspelt(String requestPointer) {
        return Optional.empty();
    }

    /**
     * A misspelt member the request left out.
     *
     * @param filePointer where the file writes it, in the file's notation
     * @param position    its line and column
     * @param written     its name as written
     * @param meant       the member it most likely meant, as the file spells it
     * @param shape       the API shape of the object it is in
     */
    record Misspelt(String filePointer, Position position, String written, String meant, String shape) {

        /** {@code message}, followed by what the misspelling causes: a sentence after a sentence. */
        public String told(String message) {
            String cause = "'" + written + "' is not a member of " + shape + ", so it does not reach AppFlow;"
                    + " did you mean '" + meant + "'?";
            return message + (message.endsWith(".") ? " " : "; ") + cause;
        }
    }
}
