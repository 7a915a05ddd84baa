package org.appflowcontracts.validator.format.mapping;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.appflowcontracts.validator.format.Unknowns;
import org.appflowcontracts.validator.format.mapping.ApiShapes.ListShape;
import org.appflowcontracts.validator.format.mapping.ApiShapes.MapShape;
import org.appflowcontracts.validator.format.mapping.ApiShapes.ObjectShape;
import org.appflowcontracts.validator.format.mapping.ApiShapes.Shape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a file-side value (a template's {@code Properties}, a Terraform resource block) into the API request it
 * declares, guided by the API shapes and a format's {@link FormatMapping}. Members keep the file's order. What the
 * mapping cannot place (an unknown member name, a file-only member) is left out: the format's own resource schema
 * reports it. A value of the wrong JSON type is carried over as written, so that the contract reports it. An
 * {@linkplain Unknowns unknown} value stays unknown as a whole.
 */
public final class RequestMapper {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ApiShapes shapes;
    private final FormatMapping mapping;
    /** Per object shape: how the format writes its members. */
    private final Map<String, ObjectPlan> plans = new ConcurrentHashMap<>();

    public RequestMapper(ApiShapes shapes, FormatMapping mapping) {
        this.shapes = shapes;
        this.mapping = mapping;
    }

    /**
     * The request a resource body declares. Where each request value came from is worked out only if asked, by
     * mapping the body again while recording (the mapping depends on nothing else, so both passes agree).
     */
    public MappedRequest map(JsonNode body) {
        JsonNode request = value(mapping.requestShape(), body, null, null, PointerLog.NONE);
        return new MappedRequest(request, () -> pointersOf(body));
    }

    /** For every value of the request {@code body} declares, the pointer of the body value it was made from. */
    private Map<String, String> pointersOf(JsonNode body) {
        PointerLog log = PointerLog.recording();
        value(mapping.requestShape(), body, log.root(), log.root(), log);
        return log.pairs();
    }

    private JsonNode value(String shapeName, JsonNode file, String requestPointer, String filePointer,
            PointerLog pointers) {
        pointers.put(requestPointer, filePointer);
        if (shapeName == null || Unknowns.isUnknown(file)) {
            return file;
        }
        Shape shape = shapes.shape(shapeName);
        if (shape instanceof ObjectShape object && file.isObject()) {
            return object(object, file, requestPointer, filePointer, pointers);
        }
        if (shape instanceof MapShape map && file.isObject()) {
            ObjectNode out = NODES.objectNode();
            file.properties().forEach(e -> out.set(e.getKey(), value(map.valueShape(), e.getValue(),
                    pointers.member(requestPointer, e.getKey()), pointers.member(filePointer, e.getKey()),
                    pointers)));
            return out;
        }
        if (shape instanceof ListShape list && file.isArray()) {
            ArrayNode out = NODES.arrayNode();
            for (int i = 0; i < file.size(); i++) {
                out.add(value(list.itemShape(), file.get(i), pointers.item(requestPointer, i),
                        pointers.item(filePointer, i), pointers));
            }
            return out;
        }
        return file;
    }

    private JsonNode object(ObjectShape shape, JsonNode file, String requestPointer, String filePointer,
            PointerLog pointers) {
        ObjectPlan plan = plans.computeIfAbsent(shape.name(), name -> ObjectPlan.of(shapes, mapping, shape));
        ObjectNode out = NODES.objectNode();
        for (Map.Entry<String, JsonNode> e : file.properties()) {
            ObjectPlan.Member member = plan.byFileName().get(e.getKey());
            if (member == null
                    || member.omissible() && mapping.omits(shape.name(), member.apiName(), e.getValue())) {
                continue;
            }
            String childRequest = pointers.member(requestPointer, member.apiName());
            String childFile = pointers.member(filePointer, e.getKey());
            // A reshape that declares no value (an empty block list) yields null: the member is left out.
            JsonNode mapped = member.reshape() != null
                    ? reshaped(member.reshape(), member.shape(), e.getValue(), childRequest, childFile, pointers)
                    : value(member.shape(), e.getValue(), childRequest, childFile, pointers);
            if (mapped != null) {
                out.set(member.apiName(), mapped);
            }
        }
        // Members the format's tool sends on its own when the file leaves them out; located at their object.
        plan.defaults().forEach((member, value) -> {
            if (!out.has(member)) {
                out.set(member, value.deepCopy());
                pointers.put(pointers.member(requestPointer, member), filePointer);
            }
        });
        return out;
    }

    /** A reshaped member's value, or null when the file's value declares no value at all (an empty block list). */
    private JsonNode reshaped(Reshape reshape, String shapeName, JsonNode file, String requestPointer,
            String filePointer, PointerLog pointers) {
        if (Unknowns.isUnknown(file)) {
            pointers.put(requestPointer, filePointer);
            return file;
        }
        if (reshape instanceof Reshape.KeyValueList list && file.isArray()) {
            return new KeyValueEntries(list, this::value).map(shapes.shape(shapeName), file, requestPointer,
                    filePointer, pointers);
        }
        if (reshape instanceof Reshape.Wrap wrap && file.isObject()) {
            pointers.put(requestPointer, filePointer);
            ObjectNode out = NODES.objectNode();
            String inner = shapes.memberShape(shapeName, wrap.member()).orElse(null);
            out.set(wrap.member(), value(inner, file, pointers.member(requestPointer, wrap.member()),
                    filePointer, pointers));
            return out;
        }
        if (reshape instanceof Reshape.BlockList && file.isArray()) {
            return file.isEmpty() ? null
                    : value(shapeName, file.get(0), requestPointer, pointers.item(filePointer, 0), pointers);
        }
        return value(shapeName, file, requestPointer, filePointer, pointers);
    }
}
