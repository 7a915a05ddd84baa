package org.appflowcontracts.validator.format;

import java.util.List;
import java.util.Optional;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.OperationDetector;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.Position;
import org.appflowcontracts.validator.suppress.ApiBodyDirectives;

/**
 * An AppFlow API body: the file is the request itself, so findings keep their pointers, positions and wording.
 * The operation is the one the caller names, else the one the content shows.
 */
public final class ApiBodyAdapter implements FormatAdapter {

    private final String operation;

    /** @param operation the document kind every body is checked as, or null to detect it per body */
    public ApiBodyAdapter(String operation) {
        this.operation = operation;
    }

    @Override
    public InputFormat format() {
        return InputFormat.API_BODY;
    }

    @Override
    public List<DeclaredFlow> flows(LocatedDocument file, String sourceName) throws InputException {
        Optional<String> kind = operation != null
                ? Optional.of(operation)
                : OperationDetector.detect(file.root(), sourceName);
        if (kind.isEmpty()) {
            throw new InputException("cannot tell which AppFlow request this is; pass the operation (e.g. CreateFlow,"
                    + " UpdateFlow)", 1, 1, null);
        }
        // The body's own suppressions are not part of the request.
        ApiBodyDirectives.strip(file.root());
        return List.of(new DeclaredFlow(null, kind.get(), file.root(), new SameFile(file)));
    }

    /** The request is the file: pointers and member names are the file's own. */
    private record SameFile(LocatedDocument file) implements FileLocator {

        @Override
        public String filePointer(String requestPointer) {
            return requestPointer;
        }

        @Override
        public Position position(String requestPointer) {
            return file.positionOf(requestPointer);
        }

        @Override
        public String inFileTerms(String message) {
            return message;
        }
    }
}
