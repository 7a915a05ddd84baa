package org.appflowcontracts.validator.format.mapping;

import java.util.Map;
import org.appflowcontracts.validator.format.FileLocator;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.Position;

/**
 * The way back from a mapped request to the JSON Pointer, position and spelling of the file it was made from.
 *
 * @param document    the whole parsed file
 * @param bodyPointer where the resource body is in the file ({@code /Resources/AccountsFlow/Properties})
 * @param pointers    request pointer to file pointer relative to the body, as {@link RequestMapper} made them
 * @param spelling    the format's member spellings
 */
public record MappedFileLocator(LocatedDocument document, String bodyPointer, Map<String, String> pointers,
        MessageSpelling spelling) implements FileLocator {

    public MappedFileLocator {
        pointers = Map.copyOf(pointers);
    }

    @Override
    public String filePointer(String requestPointer) {
        return bodyPointer + MappedRequest.bodyPointer(pointers, requestPointer);
    }

    @Override
    public Position position(String requestPointer) {
        return document.positionOf(filePointer(requestPointer));
    }

    @Override
    public String inFileTerms(String message) {
        return spelling.rewrite(message);
    }
}
