package org.appflowcontracts.validator.format.mapping;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.appflowcontracts.validator.parse.JsonPointers;
import tools.jackson.databind.JsonNode;

/**
 * A request made from a file-side value, and the way back to where each of its values came from. The request
 * → file pointers are worked out on the first question only: checking a valid flow asks none.
 */
public final class MappedRequest {

    private final JsonNode request;
    private final JsonNode body;
    private final Supplier<FilePointers> recorder;
    private FilePointers requestToFile;

    /**
     * @param request  the request in API shape
     * @param body     the file-side value it was made from, the format's calls resolved
     * @param recorder makes, when first asked, the map from every request value's JSON Pointer to the JSON Pointer
     *                 of the file value it was made from, relative to the resource body (and of the map members
     *                 whose names the body writes apart from their values, to where it writes the name)
     */
    public MappedRequest(JsonNode request, JsonNode body, Supplier<FilePointers> recorder) {
        this.request = Objects.requireNonNull(request, "request");
        this.body = Objects.requireNonNull(body, "body");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    public JsonNode request() {
        return request;
    }

    /** The file-side value the request was made from, with the format's calls resolved (a template's functions). */
    public JsonNode body() {
        return body;
    }

    /**
     * The file pointer, relative to the resource body, of the request value at {@code requestPointer} or of its
     * nearest mapped ancestor ({@code ""}, the body itself, when none is mapped).
     */
    public String bodyPointer(String requestPointer) {
        Map<String, String> known = requestToFile().values();
        for (String p = requestPointer; p != null; p = JsonPointers.parent(p)) {
            String found = known.get(p);
            if (found != null) {
                return found;
            }
        }
        return "";
    }

    /**
     * The file pointer, relative to the resource body, of where the name of the map member at
     * {@code requestPointer} is written: a {@code {Key, Value}} entry's key, else the member itself (as
     * {@link #bodyPointer}).
     */
    public String keyPointer(String requestPointer) {
        String key = requestToFile().keys().get(requestPointer);
        return key != null ? key : bodyPointer(requestPointer);
    }

    /**
     * The members the body writes in the request object at {@code requestPointer} that the request leaves out, in
     * the body's order; empty when none.
     */
    public List<LeftOutMember> leftOut(String requestPointer) {
        return requestToFile().leftOut().getOrDefault(requestPointer, List.of());
    }

    private synchronized FilePointers requestToFile() {
        if (requestToFile == null) {
            requestToFile = recorder.get();
        }
        return requestToFile;
    }
}
