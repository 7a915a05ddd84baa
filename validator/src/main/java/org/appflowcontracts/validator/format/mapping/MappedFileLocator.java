package org.appflowcontracts.validator.format.mapping;

import org.appflowcontracts.validator.format.FileLocator;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.Position;

/**
 * The way back from a mapped request to the JSON Pointer, position and spelling of the file it was made from.
 *
 * @param document    the whole parsed file
 * @param bodyPointer where the resource body is in the file ({@code /Resources/AccountsFlow/Properties})
 * @param mapped      the request and its pointers back into the body, as {@link RequestMapper} made them
 * @param spelling    the format's member spellings
 */
public record MappedFileLocator(LocatedDocument document, String bodyPointer, MappedRequest mapped,
        MessageSpelling spelling) implements FileLocator {

    @Override
    public String filePointer(String requestPointer) {
        return bodyPointer + mapped.bodyPointer(requestPointer);
    }

    @Override
    public Position position(String requestPointer) {
        return document.positionOf(filePointer(requestPointer));
    }

    @Override
    public String keyFilePointer(String requestPointer) {
        return bodyPointer + mapped.keyPointer(requestPointer);
    }

    @Override
    public Position keyPosition(String requestPointer) {
        return document.positionOf(keyFilePointer(requestPointer));
    }

    @Override
    public String inFileTerms(String message) {
        return spelling.rewrite(message);
    }
}
