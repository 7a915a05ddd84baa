package org.appflowcontracts.validator.format.mapping;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A request object being built from a file object. While every member so far has the API's name and the very
 * value the file wrote (a connector's operator, {@code {"SAPOData": "NO_OP"}}), the file's own object is the
 * request's: Jackson nodes are not changed once read, so the request may share them, and nothing is copied. From
 * the first member that differs (renamed, mapped to another value, left out) the request gets its own object, the
 * members before it copied over. The names the walk adds are distinct (a file object's names are, and the mapping
 * gives each a name of its own), so a member is appended without looking for an earlier one.
 */
final class RequestObjectDraft {

    private final JsonNode file;
    private RequestMembers.Builder own;
    /** How many of the file's members, from the first, the request has as written. */
    private int asWritten;

    RequestObjectDraft(JsonNode file) {
        this.file = file;
    }

    /**
     * The next file member's part of the request.
     *
     * @param apiName the request's name of the member, or null when the request leaves it out
     * @param mapped  its value in the request, or null when the request leaves it out
     */
    void add(String fileName, JsonNode written, String apiName, JsonNode mapped) {
        if (own == null) {
            if (mapped != null && mapped == written && apiName == fileName) {
                asWritten++;
                return;
            }
            own = copyOfWritten();
        }
        if (mapped != null) {
            own.append(apiName, mapped);
        }
    }

    /** Whether the request has a member of this name so far. */
    boolean has(String apiName) {
        return own != null ? own.node().has(apiName) : file.has(apiName);
    }

    /** Adds a member the file does not have ({@link #has} said so). */
    void addMissing(String apiName, JsonNode value) {
        if (own == null) {
            own = copyOfWritten();
        }
        own.append(apiName, value);
    }

    /** The request's object: the file's own while nothing differed. */
    JsonNode result() {
        return own == null ? file : own.node();
    }

    private RequestMembers.Builder copyOfWritten() {
        RequestMembers.Builder copy = RequestMembers.builder(file.size());
        if (asWritten == 0) {
            return copy; // the usual case: a template renames an object's first member already
        }
        int index = 0;
        for (Map.Entry<String, JsonNode> e : file.properties()) {
            if (index++ == asWritten) {
                break;
            }
            copy.append(e.getKey(), e.getValue());
        }
        return copy;
    }
}
