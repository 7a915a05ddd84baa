package org.appflowcontracts.validator.cli;

import java.util.List;

/**
 * How one of the user's flow files fares under the old and the new contract.
 *
 * @param file         the file as the user named it
 * @param validBefore  no error under the old contract
 * @param validAfter   no error under the new contract
 * @param newErrors    rule ids (with pointers) failing only under the new contract
 * @param goneErrors   rule ids (with pointers) failing only under the old contract
 */
record FileVerdict(String file, boolean validBefore, boolean validAfter, List<String> newErrors,
        List<String> goneErrors) {

    FileVerdict {
        newErrors = List.copyOf(newErrors);
        goneErrors = List.copyOf(goneErrors);
    }

    /** Passed the old contract, fails the new one: the change breaks this user. */
    boolean regressed() {
        return validBefore && !validAfter;
    }

    String label() {
        if (validBefore == validAfter) {
            return validBefore ? "valid under both" : "invalid under both";
        }
        return validBefore ? "valid under OLD, invalid under NEW" : "invalid under OLD, valid under NEW";
    }
}
