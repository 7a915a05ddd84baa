package org.appflowcontracts.validator.format.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.appflowcontracts.validator.parse.JsonPointers;

/**
 * Where a mapping notes, for each request value, the file value it was made from. Building the request alone
 * (the usual pass: a valid flow never needs its file pointers) uses {@link #NONE}, which builds no pointer text
 * at all; the pointers are worked out by a second, recording pass only when a finding is to be located.
 */
final class PointerLog {

    /** Records nothing; every pointer it is asked to extend stays null. */
    static final PointerLog NONE = new PointerLog(null);

    private final Map<String, String> requestToFile;
    private final Map<String, String> keyToFile;
    private final Map<String, List<LeftOutMember>> leftOut;

    private PointerLog(Map<String, String> requestToFile) {
        this.requestToFile = requestToFile;
        this.keyToFile = requestToFile == null ? null : new HashMap<>();
        this.leftOut = requestToFile == null ? null : new HashMap<>();
    }

    /** A log that records every pair. */
    static PointerLog recording() {
        return new PointerLog(new HashMap<>());
    }

    /** Whether this log records pairs (a pass that builds the request alone does not). */
    boolean records() {
        return requestToFile != null;
    }

    /** The root pointer of a pass: {@code ""} when recording, null when not. */
    String root() {
        return requestToFile == null ? null : "";
    }

    void put(String requestPointer, String filePointer) {
        if (requestToFile != null) {
            requestToFile.put(requestPointer, filePointer);
        }
    }

    /** Notes where the name of the map member at {@code requestPointer} is written, when not at its value. */
    void putKey(String requestPointer, String filePointer) {
        if (keyToFile != null) {
            keyToFile.put(requestPointer, filePointer);
        }
    }

    /** Notes a member the body writes in the request object at {@code requestPointer} that the request leaves out. */
    void putLeftOut(String requestPointer, LeftOutMember member) {
        if (leftOut != null) {
            List<LeftOutMember> here = leftOut.get(requestPointer);
            if (here == null) {
                here = new ArrayList<>();
                leftOut.put(requestPointer, here);
            }
            here.add(member);
        }
    }

    String member(String pointer, String name) {
        return requestToFile == null ? null : JsonPointers.append(pointer, name);
    }

    String item(String pointer, int index) {
        return requestToFile == null ? null : JsonPointers.append(pointer, index);
    }

    /** What was recorded. */
    FilePointers pairs() {
        return new FilePointers(requestToFile, keyToFile, leftOut);
    }
}
