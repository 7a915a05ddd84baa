package org.appflowcontracts.validator.format.mapping;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.appflowcontracts.validator.contracts.JsonTrees;
import org.appflowcontracts.validator.contracts.OperationCatalog;
import org.appflowcontracts.validator.contracts.SchemaResources;
import org.appflowcontracts.validator.tables.StartupTables;
import tools.jackson.databind.JsonNode;

/**
 * How one input format spells an API request, read from {@code formats/<format>.mapping.json} beside the schemas:
 * the member naming convention, renames and reshapes keyed {@code <ApiShape>.<apiMember>}, the file-only members
 * that no request carries, and the API members the format cannot express.
 *
 * @param resourceType the format's name for the resource ({@code AWS::AppFlow::Flow})
 * @param operation    the operation a resource declares ({@code CreateFlow})
 * @param requestShape the API shape of a resource body ({@code CreateFlowRequest})
 * @param naming       how members are spelt unless renamed
 * @param renames      file spellings that the convention does not give
 * @param reshapes     members written in another shape
 * @param fileOnly     per API shape, file members that are not carried into the request ({@code FlowStatus})
 * @param notInFormat  API members ({@code Shape.member}) the format has no way to write
 * @param objects      how the format writes every member whose value is an API object, unless the member has a
 *                     reshape of its own (Terraform's aws provider: a block, i.e. a list of at most one object);
 *                     null when objects are written as objects
 * @param defaults     per {@code <ApiShape>.<apiMember>}, the value the format's tool sends when the file leaves
 *                     the member out (the aws provider sends an empty {@code sourceFields} list)
 * @param omitted      per {@code <ApiShape>.<apiMember>}, values the format's tool leaves out of the request when
 *                     the file writes them (the aws provider sends no {@code targetFileSize} for 0)
 * @param convertsScalars whether the format's tool turns a scalar into the scalar type a member expects, as Terraform
 *                     reads "128" as the number 128 ({@link ScalarConversion})
 * @param resourceAttributes the names a resource entry of the file may have beside its body (CloudFormation's
 *                     {@code Type}, {@code Properties}, {@code DependsOn}, ...); empty when the format has none
 */
public record FormatMapping(String resourceType, String operation, String requestShape, MemberNaming naming,
        Map<String, String> renames, Map<String, Reshape> reshapes, Map<String, Set<String>> fileOnly,
        Set<String> notInFormat, Reshape objects, Map<String, JsonNode> defaults,
        Map<String, Set<JsonNode>> omitted, boolean convertsScalars, List<String> resourceAttributes) {

    private static final Map<String, FormatMapping> SHIPPED = new java.util.concurrent.ConcurrentHashMap<>();

    public FormatMapping {
        renames = Map.copyOf(renames);
        reshapes = Map.copyOf(reshapes);
        fileOnly = Map.copyOf(fileOnly);
        notInFormat = Set.copyOf(notInFormat);
        defaults = Map.copyOf(defaults);
        omitted = Map.copyOf(omitted);
        resourceAttributes = List.copyOf(resourceAttributes);
    }

    /**
     * The shipped mapping of a format ({@code cloudformation}): from the build's table
     * ({@link StartupTables#formatMappings()}), so that no resource is looked up, else from the schemas.
     */
    public static FormatMapping shipped(String format) {
        FormatMapping known = SHIPPED.get(format);
        if (known == null) {
            known = of(shippedData(format));
            SHIPPED.putIfAbsent(format, known);
        }
        return known;
    }

    private static JsonNode shippedData(String format) {
        Optional<StartupTables> tables = StartupTables.shipped();
        if (tables.isPresent()) {
            for (String[] record : tables.get().formatMappings()) {
                if (record[0].equals(format)) {
                    return JsonTrees.read(new ByteArrayInputStream(record[1].getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        return fromSchemas(format);
    }

    /** A format's mapping file as the schemas module writes it. */
    public static JsonNode fromSchemas(String format) {
        String iri = OperationCatalog.API_BASE + "formats/" + format + ".mapping.json";
        Optional<JsonNode> data = SchemaResources.shipped().read(iri);
        if (data.isEmpty()) {
            throw new IllegalArgumentException("no mapping for the format '" + format + "'");
        }
        return data.get();
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        for (JsonNode item : array) {
            strings.add(item.asString());
        }
        return strings;
    }

    /** A mapping as its file writes it. */
    public static FormatMapping of(JsonNode data) {
        // Loops, not lambdas: a mapping is read on a template's first check, where a lambda costs milliseconds.
        Map<String, String> renames = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : data.path("renames").properties()) {
            renames.put(e.getKey(), e.getValue().asString());
        }
        Map<String, Reshape> reshapes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : data.path("reshapes").properties()) {
            reshapes.put(e.getKey(), Reshape.of(e.getKey(), e.getValue()));
        }
        Map<String, Set<String>> fileOnly = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : data.path("fileOnly").properties()) {
            Set<String> names = new HashSet<>();
            for (JsonNode name : e.getValue()) {
                names.add(name.asString());
            }
            fileOnly.put(e.getKey(), names);
        }
        Set<String> notInFormat = new HashSet<>();
        for (JsonNode key : data.path("notInFormat")) {
            notInFormat.add(key.asString());
        }
        return new FormatMapping(data.path("resourceType").asString(""), data.path("operation").asString(""),
                data.path("requestShape").asString(""), MemberNaming.byDataName(data.path("memberNaming").asString("")),
                renames, reshapes, fileOnly, notInFormat,
                data.has("objects") ? Reshape.of("objects", data.get("objects")) : null, defaults(data),
                omitted(data), data.path("convertsScalars").asBoolean(false), strings(data.path("resourceAttributes")));
    }

    private static Map<String, JsonNode> defaults(JsonNode data) {
        Map<String, JsonNode> defaults = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : data.path("requestDefaults").properties()) {
            defaults.put(e.getKey(), e.getValue());
        }
        return defaults;
    }

    private static Map<String, Set<JsonNode>> omitted(JsonNode data) {
        Map<String, Set<JsonNode>> omitted = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : data.path("requestOmits").properties()) {
            Set<JsonNode> values = new HashSet<>();
            for (JsonNode value : e.getValue()) {
                values.add(value);
            }
            omitted.put(e.getKey(), Set.copyOf(values));
        }
        return omitted;
    }

    /** How the file spells {@code member} of the API shape {@code shape}. */
    public String fileName(String shape, String member) {
        String renamed = renames.get(key(shape, member));
        return renamed != null ? renamed : naming.apply(member);
    }

    /** The reshape of {@code member} of {@code shape}, if the format writes it in another shape. */
    public Optional<Reshape> reshape(String shape, String member) {
        return Optional.ofNullable(reshapes.get(key(shape, member)));
    }

    /** How the format writes a member whose value is an API object and that has no reshape of its own. */
    public Optional<Reshape> objectReshape() {
        return Optional.ofNullable(objects);
    }

    /** The value the format's tool sends for {@code member} of {@code shape} when the file leaves it out. */
    public Optional<JsonNode> requestDefault(String shape, String member) {
        return Optional.ofNullable(defaults.get(key(shape, member)));
    }

    /** Whether the format's tool leaves {@code value} of {@code member} of {@code shape} out of the request. */
    public boolean omits(String shape, String member, JsonNode value) {
        Set<JsonNode> values = omitted.get(key(shape, member));
        if (values == null) {
            return false;
        }
        for (JsonNode omittedValue : values) {
            if (sameValue(omittedValue, value)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the format's tool leaves some value of {@code member} of {@code shape} out of the request. */
    public boolean mayOmit(String shape, String member) {
        return omitted.containsKey(key(shape, member));
    }

    private static boolean sameValue(JsonNode a, JsonNode b) {
        return a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) == 0 : a.equals(b);
    }

    /** Whether the format can write {@code member} of {@code shape} at all. */
    public boolean inFormat(String shape, String member) {
        return !notInFormat.contains(key(shape, member));
    }

    /** Whether the file member {@code fileMember} of an object of API shape {@code shape} is file-only. */
    public boolean isFileOnly(String shape, String fileMember) {
        return fileOnly.getOrDefault(shape, Set.of()).contains(fileMember);
    }

    private static String key(String shape, String member) {
        return shape + "." + member;
    }
}
