package org.appflowcontracts.validator.format.mapping;

import java.util.Set;

/**
 * A member the file writes in an object that the mapping cannot place, so the request leaves it out (a misspelt
 * connector name among a connector operator's keys). The format's resource schema may report it; where that schema
 * lets it through, the format's tool drops it, and only what its absence causes reaches the contract.
 *
 * @param name        the member's name as the file writes it
 * @param bodyPointer where the member is, relative to the resource body
 * @param shapeName   the API shape of the object it was written in
 * @param members     the names the file may write in that object
 */
public record LeftOutMember(String name, String bodyPointer, String shapeName, Set<String> members) {

    public LeftOutMember {
        members = Set.copyOf(members);
    }
}
