package org.appflowcontracts.validator.format.mapping;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The members of a small request object the mapping builds, in insertion order, in an array: a request object has
 * one to a few members, looked up by the interned names the compiled validators use, so a scan decided by an
 * identity comparison is cheaper than a hash table's buckets and nodes (building the request's hash tables was
 * the largest cost of mapping a template). A general map otherwise: equal to any map with the same entries.
 */
final class RequestMembers extends AbstractMap<String, JsonNode> {

    /** Above this many members a hash table's look-up wins over the scan. */
    static final int MAX_MEMBERS = 8;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Member[] members;
    private int size;
    /** The entry view, made once: the compiled validators walk a closed object's members through it. */
    private Set<Map.Entry<String, JsonNode>> entries;

    private RequestMembers(int capacity) {
        members = new Member[Math.max(1, capacity)];
    }

    /** An empty request object sized for about {@code members} members. */
    static ObjectNode object(int members) {
        return new ObjectNode(NODES, members <= MAX_MEMBERS ? new RequestMembers(members)
                : new LinkedHashMap<>((int) (members / 0.75f) + 1));
    }

    /** A request object filled member by member, each name known to be new. */
    static Builder builder(int members) {
        return members <= MAX_MEMBERS ? new Builder(new RequestMembers(members), null)
                : new Builder(null, new LinkedHashMap<>((int) (members / 0.75f) + 1));
    }

    /** Appends members without looking for earlier ones of the same name, which the caller rules out. */
    static final class Builder {
        private final RequestMembers small;
        private final ObjectNode node;

        private Builder(RequestMembers small, Map<String, JsonNode> large) {
            this.small = small;
            this.node = new ObjectNode(NODES, small != null ? small : large);
        }

        void append(String name, JsonNode value) {
            if (small != null) {
                small.append(name, value);
            } else {
                node.set(name, value);
            }
        }

        ObjectNode node() {
            return node;
        }
    }

    private void append(String name, JsonNode value) {
        if (size == members.length) {
            members = Arrays.copyOf(members, size * 2);
        }
        members[size++] = new Member(name, value);
    }

    /**
     * A member, with its name's hash: a look-up of an absent name, the usual one, compares no text. The members of
     * an object are made one after the other, so a scan reads them from the same few cache lines.
     */
    private static final class Member implements Map.Entry<String, JsonNode> {
        private final String name;
        private final int hash;
        private JsonNode value;

        Member(String name, JsonNode value) {
            this.name = name;
            this.hash = name.hashCode();
            this.value = value;
        }

        @Override
        public String getKey() {
            return name;
        }

        @Override
        public JsonNode getValue() {
            return value;
        }

        @Override
        public JsonNode setValue(JsonNode value) {
            JsonNode old = this.value;
            this.value = value;
            return old;
        }

        // As Map.Entry specifies, so that entries compare equal to a hash map's.
        @Override
        public boolean equals(Object other) {
            return other instanceof Map.Entry<?, ?> e && name.equals(e.getKey())
                    && Objects.equals(value, e.getValue());
        }

        @Override
        public int hashCode() {
            return hash ^ Objects.hashCode(value);
        }

        @Override
        public String toString() {
            return name + "=" + value;
        }
    }

    private int indexOf(Object name) {
        if (name == null) {
            return -1;
        }
        int hash = name.hashCode();
        for (int i = 0; i < size; i++) {
            Member member = members[i];
            if (member.hash == hash && (member.name == name || member.name.equals(name))) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public JsonNode get(Object name) {
        int at = indexOf(name);
        return at < 0 ? null : members[at].getValue();
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public JsonNode put(String name, JsonNode value) {
        int at = indexOf(name);
        if (at >= 0) {
            return members[at].setValue(value);
        }
        append(name, value);
        return null;
    }

    @Override
    public JsonNode remove(Object name) {
        int at = indexOf(name);
        if (at < 0) {
            return null;
        }
        JsonNode old = members[at].getValue();
        removeAt(at);
        return old;
    }

    private void removeAt(int at) {
        System.arraycopy(members, at + 1, members, at, size - at - 1);
        members[--size] = null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void clear() {
        Arrays.fill(members, 0, size, null);
        size = 0;
    }

    @Override
    public Set<Map.Entry<String, JsonNode>> entrySet() {
        if (entries == null) {
            entries = new Entries();
        }
        return entries;
    }

    private final class Entries extends AbstractSet<Map.Entry<String, JsonNode>> {
        @Override
        public Iterator<Map.Entry<String, JsonNode>> iterator() {
            return new Members();
        }

        @Override
        public int size() {
            return size;
        }
    }

    private final class Members implements Iterator<Map.Entry<String, JsonNode>> {
        private int next;
        private boolean removable;

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @Override
        public Map.Entry<String, JsonNode> next() {
            if (next >= size) {
                throw new NoSuchElementException();
            }
            removable = true;
            return members[next++];
        }

        @Override
        public void remove() {
            if (!removable) {
                throw new IllegalStateException();
            }
            removable = false;
            removeAt(--next);
        }
    }
}
