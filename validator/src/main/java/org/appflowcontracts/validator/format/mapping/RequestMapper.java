package org.appflowcontracts.validator.format.mapping;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.appflowcontracts.validator.format.Unknowns;
import org.appflowcontracts.validator.format.mapping.ApiShapes.ListShape;
import org.appflowcontracts.validator.format.mapping.ApiShapes.MapShape;
import org.appflowcontracts.validator.format.mapping.ApiShapes.ObjectShape;
import org.appflowcontracts.validator.format.mapping.ApiShapes.Shape;
import org.appflowcontracts.validator.parse.JsonPointers;
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
    /** Per object shape: file member name to API member name. */
    private final Map<String, Map<String, String>> apiNames = new ConcurrentHashMap<>();

    public RequestMapper(ApiShapes shapes, FormatMapping mapping) {
        this.shapes = shapes;
        this.mapping = mapping;
    }

    /** The request a resource body declares. */
    public MappedRequest map(JsonNode body) {
        Map<String, String> pointers = new HashMap<>();
        JsonNode request = value(mapping.requestShape(), body, "", "", pointers);
        return new MappedRequest(request, pointers);
    }

    private JsonNode value(String shapeName, JsonNode file, String requestPointer, String filePointer,
            Map<String, String> pointers) {
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
                    JsonPointers.append(requestPointer, e.getKey()), JsonPointers.append(filePointer, e.getKey()),
                    pointers)));
            return out;
        }
        if (shape instanceof ListShape list && file.isArray()) {
            ArrayNode out = NODES.arrayNode();
            for (int i = 0; i < file.size(); i++) {
                out.add(value(list.itemShape(), file.get(i), JsonPointers.append(requestPointer, i),
                        JsonPointers.append(filePointer, i), pointers));
            }
            return out;
        }
        return file;
    }

    private JsonNode object(ObjectShape shape, JsonNode file, String requestPointer, String filePointer,
            Map<String, String> pointers) {
        Map<String, String> names = apiNames.computeIfAbsent(shape.name(), name -> apiNamesOf(shape));
        ObjectNode out = NODES.objectNode();
        file.properties().forEach(e -> {
            String apiName = names.get(e.getKey());
            if (apiName == null || mapping.omits(shape.name(), apiName, e.getValue())) {
                return;
            }
            String childRequest = JsonPointers.append(requestPointer, apiName);
            String childFile = JsonPointers.append(filePointer, e.getKey());
            String memberShape = shape.members().get(apiName);
            // Not Optional.map: a reshape that declares no value (an empty block list) yields null, which map
            // would turn into "no reshape" and carry the raw list over.
            Optional<Reshape> reshape = reshape(shape.name(), apiName, memberShape);
            JsonNode mapped = reshape.isPresent()
                    ? reshaped(reshape.get(), memberShape, e.getValue(), childRequest, childFile, pointers)
                    : value(memberShape, e.getValue(), childRequest, childFile, pointers);
            if (mapped != null) {
                out.set(apiName, mapped);
            }
        });
        addDefaults(shape, out, requestPointer, filePointer, pointers);
        return out;
    }

    /** Members the format's tool sends on its own when the file leaves them out; located at their object. */
    private void addDefaults(ObjectShape shape, ObjectNode out, String requestPointer, String filePointer,
            Map<String, String> pointers) {
        for (String member : shape.members().keySet()) {
            mapping.requestDefault(shape.name(), member).filter(value -> !out.has(member)).ifPresent(value -> {
                out.set(member, value.deepCopy());
                pointers.put(JsonPointers.append(requestPointer, member), filePointer);
            });
        }
    }

    /** The member's own reshape, else the format's way of writing objects when the member's value is one. */
    private Optional<Reshape> reshape(String shapeName, String member, String memberShape) {
        return mapping.reshape(shapeName, member).or(() -> memberShape != null
                && shapes.shape(memberShape) instanceof ObjectShape ? mapping.objectReshape() : Optional.empty());
    }

    private Map<String, String> apiNamesOf(ObjectShape shape) {
        Map<String, String> names = new HashMap<>();
        for (String member : shape.members().keySet()) {
            if (mapping.inFormat(shape.name(), member)) {
                names.put(mapping.fileName(shape.name(), member), member);
            }
        }
        return names;
    }

    /** A reshaped member's value, or null when the file's value declares no value at all (an empty block list). */
    private JsonNode reshaped(Reshape reshape, String shapeName, JsonNode file, String requestPointer,
            String filePointer, Map<String, String> pointers) {
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
            out.set(wrap.member(), value(inner, file, JsonPointers.append(requestPointer, wrap.member()),
                    filePointer, pointers));
            return out;
        }
        if (reshape instanceof Reshape.BlockList && file.isArray()) {
            return file.isEmpty() ? null
                    : value(shapeName, file.get(0), requestPointer, JsonPointers.append(filePointer, 0), pointers);
        }
        return value(shapeName, file, requestPointer, filePointer, pointers);
    }
}
