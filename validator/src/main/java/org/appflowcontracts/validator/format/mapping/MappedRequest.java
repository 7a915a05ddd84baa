package org.appflowcontracts.validator.format.mapping;

import java.util.Map;
import java.util.Objects;
import org.appflowcontracts.validator.parse.JsonPointers;
import tools.jackson.databind.JsonNode;

/**
 * A request made from a file-side value, and where each of its values came from.
 *
 * @param request                    the request in API shape
 * @param requestPointerToFilePointer for every value of the request (by JSON Pointer), the JSON Pointer of the
 *                                   file value it was made from, relative to the resource body
 */
public record MappedRequest(JsonNode request, Map<String, String> requestPointerToFilePointer) {

    public MappedRequest {
        Objects.requireNonNull(request, "request");
        requestPointerToFilePointer = Map.copyOf(requestPointerToFilePointer);
    }

    /**
     * The file pointer, relative to the resource body, of the request value at {@code requestPointer} or of its
     * nearest mapped ancestor ({@code ""}, the body itself, when none is mapped).
     */
    public static String bodyPointer(Map<String, String> requestToFile, String requestPointer) {
        for (String p = requestPointer; p != null; p = JsonPointers.parent(p)) {
            String found = requestToFile.get(p);
            if (found != null) {
                return found;
            }
        }
        return "";
    }
}
