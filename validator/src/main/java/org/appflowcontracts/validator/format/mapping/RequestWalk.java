package org.appflowcontracts.validator.format.mapping;

import java.util.Map;
import org.appflowcontracts.validator.format.Unknowns;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One walk over a file-side value that builds the request it declares and, in the same pass, the value with the
 * format's calls resolved (copied only along the way to a call, as {@link FileValues#resolve} would make it). The
 * result equals mapping {@code values.resolve(file)} as written: where the mapping needs a whole value resolved
 * before it can decide (a value the tool may omit, a reshaped list), that value is resolved first and then mapped
 * as written. Not thread-safe: one walk per mapping.
 */
final class RequestWalk {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final FormatMapping mapping;
    /** Whether the file's syntax may write a repeated block that occurs once as an object (Terraform's JSON). */
    private final boolean oneBlockAsObject;
    private final FileValues values;
    private final PointerLog pointers;
    private RequestWalk asWritten;
    /** The file value walked last with its calls resolved: the same node when it holds none; null when absent. */
    private JsonNode resolved;

    RequestWalk(FormatMapping mapping, boolean oneBlockAsObject, FileValues values, PointerLog pointers) {
        this.mapping = mapping;
        this.oneBlockAsObject = oneBlockAsObject;
        this.values = values;
        this.pointers = pointers;
    }

    /** The value last walked, its calls resolved; null when it was a call to an absent value. */
    JsonNode resolved() {
        return resolved;
    }

    PointerLog pointers() {
        return pointers;
    }

    /** The request value {@code file} declares, or null when it is a call to an absent value. */
    JsonNode value(ValuePlan plan, JsonNode file, String requestPointer, String filePointer) {
        pointers.put(requestPointer, filePointer);
        if (plan instanceof ValuePlan.AsWritten) {
            // Carried over as resolved: a call's value is its resolution (FileValues#resolve), tested once.
            resolved = values.resolve(file);
            return resolved;
        }
        if (plan instanceof ValuePlan.Scalar scalar) {
            // A call's value too is converted: a parameter pinned to "5" where a number belongs is the number 5.
            resolved = values.resolve(file);
            return resolved == null ? null : ScalarConversion.convert(resolved, scalar.type());
        }
        if (values.isCall(file)) {
            resolved = values.callValue(file);
            return resolved;
        }
        if (plan instanceof ValuePlan.ObjectValues object && file.isObject()) {
            return object(object.plan(), file, requestPointer, filePointer);
        }
        if (plan instanceof ValuePlan.MapValues map && file.isObject()) {
            return entries(map.values().get(), file, requestPointer, filePointer);
        }
        if (plan instanceof ValuePlan.ListValues list && file.isArray()) {
            return items(list.items().get(), file, requestPointer, filePointer);
        }
        if (plan instanceof ValuePlan.ListValues list && file.isObject() && isRepeatedBlock(list)) {
            return oneBlock(list.items().get(), file, requestPointer, filePointer);
        }
        // A value of any shape, or of the wrong JSON type: carried over as written, for the contract to report.
        resolved = values.resolve(file);
        return resolved;
    }

    /** A list of API objects in a format that writes objects as blocks: a block that may repeat ({@code task}). */
    private boolean isRepeatedBlock(ValuePlan.ListValues list) {
        return oneBlockAsObject && mapping.objectReshape().orElse(null) instanceof Reshape.BlockList
                && list.items().get() instanceof ValuePlan.ObjectValues;
    }

    /**
     * A repeated block written once as an object, as Terraform's JSON syntax allows ({@code "task": {...}} for
     * one task): the list of that one block, its item located at the object.
     */
    private JsonNode oneBlock(ValuePlan itemPlan, JsonNode file, String requestPointer, String filePointer) {
        JsonNode item = value(itemPlan, file, pointers.item(requestPointer, 0), filePointer);
        ArrayNode one = NODES.arrayNode(1);
        one.add(item);
        return one;
    }

    private JsonNode object(ObjectPlan plan, JsonNode file, String requestPointer, String filePointer) {
        RequestObjectDraft out = new RequestObjectDraft(file);
        ObjectNode copy = null;
        int index = 0;
        for (Map.Entry<String, JsonNode> e : file.properties()) {
            ObjectPlan.Member member = plan.byFileName().get(e.getKey());
            JsonNode mapped = member == null ? unmapped(plan, e.getKey(), e.getValue(), requestPointer, filePointer)
                    : member(plan, member, e.getKey(), e.getValue(), requestPointer, filePointer);
            copy = resolvedMember(copy, file, index++, e.getKey(), e.getValue());
            out.add(e.getKey(), e.getValue(), member == null ? null : member.apiName(), mapped);
        }
        // Members the format's tool sends on its own when the file leaves them out; located at their object.
        if (!plan.defaults().isEmpty()) {
            defaults(plan, out, requestPointer, filePointer);
        }
        resolved = copy == null ? file : copy;
        return out.result();
    }

    private void defaults(ObjectPlan plan, RequestObjectDraft out, String requestPointer, String filePointer) {
        for (Map.Entry<String, JsonNode> d : plan.defaults().entrySet()) {
            if (!out.has(d.getKey())) {
                out.addMissing(d.getKey(), d.getValue().deepCopy());
                pointers.put(pointers.member(requestPointer, d.getKey()), filePointer);
            }
        }
    }

    /**
     * A member the mapping cannot place: left out of the request (the format's resource schema reports it, or the
     * format's tool drops it), and noted as such when recording, unless it is a member only files have.
     */
    private JsonNode unmapped(ObjectPlan plan, String fileName, JsonNode written, String requestPointer,
            String filePointer) {
        if (pointers.records() && !mapping.isFileOnly(plan.shapeName(), fileName)) {
            pointers.putLeftOut(requestPointer, new LeftOutMember(fileName, pointers.member(filePointer, fileName),
                    plan.shapeName(), plan.byFileName().keySet()));
        }
        resolved = values.resolve(written);
        return null;
    }

    private JsonNode member(ObjectPlan plan, ObjectPlan.Member member, String fileName, JsonNode written,
            String requestPointer, String filePointer) {
        if (!member.omissible()) {
            return mapMember(member, fileName, written, requestPointer, filePointer);
        }
        // Whether the tool sends the value depends on the value itself: resolved first, then mapped as resolved.
        JsonNode value = values.resolve(written);
        JsonNode mapped = value == null || mapping.omits(plan.shapeName(), member.apiName(), value) ? null
                : asWritten().mapMember(member, fileName, value, requestPointer, filePointer);
        resolved = value;
        return mapped;
    }

    private JsonNode mapMember(ObjectPlan.Member member, String fileName, JsonNode written, String requestPointer,
            String filePointer) {
        String childRequest = pointers.member(requestPointer, member.apiName());
        String childFile = pointers.member(filePointer, fileName);
        return member.reshape() != null ? reshaped(member, written, childRequest, childFile)
                : value(member.value().get(), written, childRequest, childFile);
    }

    /**
     * A reshaped member's value, or null when the file declares no value at all (an empty block list, a call to an
     * absent value).
     */
    private JsonNode reshaped(ObjectPlan.Member member, JsonNode file, String requestPointer, String filePointer) {
        if (values.isCall(file)) {
            resolved = values.callValue(file);
            if (resolved != null) {
                pointers.put(requestPointer, filePointer);
            }
            return resolved;
        }
        if (Unknowns.isUnknown(file)) {
            pointers.put(requestPointer, filePointer);
            resolved = file;
            return file;
        }
        Reshape reshape = member.reshape();
        if (reshape instanceof Reshape.Wrap wrap && file.isObject()) {
            pointers.put(requestPointer, filePointer);
            ObjectNode out = RequestMembers.object(1);
            out.set(wrap.member(), value(member.wrapped().get(), file,
                    pointers.member(requestPointer, wrap.member()), filePointer));
            return out;
        }
        if (reshape instanceof Reshape.KeyValueList || reshape instanceof Reshape.BlockList) {
            if (file.isArray()) {
                return reshapedList(member, file, requestPointer, filePointer);
            }
        }
        return value(member.value().get(), file, requestPointer, filePointer);
    }

    // A list the reshape reads as a whole: resolved first (an absent item makes it unknown), then mapped as resolved.
    private JsonNode reshapedList(ObjectPlan.Member member, JsonNode file, String requestPointer,
            String filePointer) {
        JsonNode list = values.resolve(file);
        JsonNode mapped;
        if (Unknowns.isUnknown(list)) {
            pointers.put(requestPointer, filePointer);
            mapped = list;
        } else if (member.reshape() instanceof Reshape.KeyValueList names) {
            ValuePlan map = member.value().get();
            ValuePlan valuePlan = map instanceof ValuePlan.MapValues m ? m.values().get() : ValuePlan.AS_WRITTEN;
            mapped = new KeyValueEntries(names).map(valuePlan, list, requestPointer, filePointer, asWritten());
        } else {
            mapped = list.isEmpty() || sendsNothing(member, list.get(0)) ? null
                    : asWritten().value(member.value().get(), list.get(0), requestPointer,
                            pointers.item(filePointer, 0));
        }
        resolved = list;
        return mapped;
    }

    /**
     * Whether the tool leaves out a block none of whose arguments is set ({@code connector_operator {}}, every
     * argument null): the aws provider's plugin SDK reads such a block as a nil element, which its expand
     * functions skip. A nested block, even an empty one, counts as set. A block of a shape without arguments
     * ({@code lookout_metrics {}}) is kept as written: it has no other spelling, and whether AppFlow accepts the
     * request the provider sends without it is not established.
     */
    private static boolean sendsNothing(ObjectPlan.Member member, JsonNode block) {
        if (!(member.reshape() instanceof Reshape.BlockList blocks) || !blocks.omitsEmpty() || !block.isObject()
                || member.value().get() instanceof ValuePlan.ObjectValues object
                        && object.plan().byFileName().isEmpty()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> e : block.properties()) {
            if (!e.getValue().isNull()) {
                return false;
            }
        }
        return true;
    }

    private JsonNode entries(ValuePlan valuePlan, JsonNode file, String requestPointer, String filePointer) {
        RequestObjectDraft out = new RequestObjectDraft(file);
        ObjectNode copy = null;
        int index = 0;
        for (Map.Entry<String, JsonNode> e : file.properties()) {
            String key = e.getKey();
            JsonNode mapped = value(valuePlan, e.getValue(), pointers.member(requestPointer, key),
                    pointers.member(filePointer, key));
            copy = resolvedMember(copy, file, index++, key, e.getValue());
            out.add(key, e.getValue(), key, mapped);
        }
        resolved = copy == null ? file : copy;
        return out.result();
    }

    private JsonNode items(ValuePlan itemPlan, JsonNode file, String requestPointer, String filePointer) {
        if (itemPlan instanceof ValuePlan.AsWritten && !pointers.records()) {
            // Each item is its own resolution, so the list is the resolved list (SourceFields); only a recording
            // pass needs the items one by one, for their pointers.
            resolved = values.resolve(file);
            return resolved;
        }
        int size = file.size();
        // Like an object's members, the file's list is the request's while every item maps to itself.
        ArrayNode out = null;
        ArrayNode copy = null;
        for (int i = 0; i < size; i++) {
            JsonNode item = file.get(i);
            JsonNode mapped = value(itemPlan, item, pointers.item(requestPointer, i), pointers.item(filePointer, i));
            if (resolved == null) {
                // An absent item: the format says what the list then is (unknown as a whole, the items after it move).
                resolved = values.resolve(file);
                return resolved;
            }
            copy = resolvedItem(copy, file, i, item);
            if (out == null && mapped != item) {
                out = firstItems(file, i);
            }
            if (out != null) {
                out.add(mapped);
            }
        }
        resolved = copy == null ? file : copy;
        return out == null ? file : out;
    }

    /** The resolved list so far: copied from the first item whose resolved value differs from the written one. */
    private ArrayNode resolvedItem(ArrayNode copy, JsonNode list, int index, JsonNode written) {
        ArrayNode out = copy;
        if (out == null && resolved != written) {
            out = firstItems(list, index);
        }
        if (out != null) {
            out.add(resolved);
        }
        return out;
    }

    /** A new list sized for {@code list}, holding its first {@code count} items. */
    private static ArrayNode firstItems(JsonNode list, int count) {
        ArrayNode out = NODES.arrayNode(list.size());
        for (int j = 0; j < count; j++) {
            out.add(list.get(j));
        }
        return out;
    }

    /** The resolved object so far: copied from the first member whose resolved value differs from the written one. */
    private ObjectNode resolvedMember(ObjectNode copy, JsonNode object, int index, String name, JsonNode written) {
        JsonNode value = resolved;
        ObjectNode out = copy;
        if (out == null && value != written) {
            out = RequestMembers.object(object.size());
            int i = 0;
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                if (i++ == index) {
                    break;
                }
                out.set(e.getKey(), e.getValue());
            }
        }
        if (out != null && value != null) {
            out.set(name, value);
        }
        return out;
    }

    /** The walk for a value already resolved: the same pointers, no calls. */
    private RequestWalk asWritten() {
        if (values == FileValues.AS_WRITTEN) {
            return this;
        }
        if (asWritten == null) {
            asWritten = new RequestWalk(mapping, oneBlockAsObject, FileValues.AS_WRITTEN, pointers);
        }
        return asWritten;
    }
}
