package org.appflowcontracts.validator.format.mapping;

import java.util.Map;
import java.util.Objects;
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
}
