package org.appflowcontracts.codegen.types;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.appflowcontracts.codegen.SchemaCompileException;
import org.appflowcontracts.codegen.model.EnumType;
import org.appflowcontracts.codegen.model.Entry;
import org.appflowcontracts.codegen.model.JsonType;
import org.appflowcontracts.codegen.model.Keyword;
import org.appflowcontracts.codegen.model.Literal;
import org.appflowcontracts.codegen.model.ObjectType;
import org.appflowcontracts.codegen.model.SchemaGraph;
import org.appflowcontracts.codegen.model.SchemaLocation;
import org.appflowcontracts.codegen.model.SchemaNode;
import org.appflowcontracts.codegen.model.TypeModel;
import org.appflowcontracts.codegen.model.TypeRef;

/**
 * Derives the Java type model from the schema graph: every object shape reachable from the entries' plain
 * documents becomes a record, every string enum an enum. Names come from {@code $defs} keys (or, for inline
 * shapes, from the enclosing record and member), so a shape keeps its name wherever it is used.
 */
public final class TypeMapper {

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private final SchemaGraph graph;
    private final NamingWords namingWords;
    private final Map<String, ObjectType> objects = new TreeMap<>();
    private final Map<String, EnumType> enums = new TreeMap<>();
    private final Map<String, SchemaLocation> nameOwners = new TreeMap<>();
    private final Set<SchemaLocation> visiting = new HashSet<>();
    private final Deque<Runnable> pending = new ArrayDeque<>();

    public TypeMapper(SchemaGraph graph) {
        this(graph, NamingWords.none());
    }

    /** @param namingWords words that members and enum constants keep whole; type names are spelled as the schemas */
    public TypeMapper(SchemaGraph graph, NamingWords namingWords) {
        this.graph = graph;
        this.namingWords = namingWords;
    }

    public TypeModel map(List<Entry> entries) {
        for (Entry entry : entries) {
            SchemaNode root = entry.shape().root();
            TypeRef ref = typeOf(root, entry.name());
            if (!(ref instanceof TypeRef.Named)) {
                throw new SchemaCompileException(root.location().file(), root.location().pointer(),
                        "an entry schema must describe an object");
            }
            while (!pending.isEmpty()) {
                pending.pop().run();
            }
        }
        return new TypeModel(
                objects.values().stream().sorted(Comparator.comparing(ObjectType::name)).toList(),
                enums.values().stream().sorted(Comparator.comparing(EnumType::name)).toList());
    }

    private TypeRef typeOf(SchemaNode node, String suggestedName) {
        SchemaNode target = node;
        String name = suggestedName;
        for (int hops = 0; hops < 64; hops++) {
            if (target.keywords().size() == 1 && target.keywords().get(0) instanceof Keyword.Ref ref) {
                target = graph.node(ref.target());
                name = defName(target.location()).orElse(name);
            } else {
                break;
            }
        }
        Set<JsonType> types = target.keyword(Keyword.Type.class).map(Keyword.Type::types).orElse(Set.of());
        if (types.equals(Set.of(JsonType.OBJECT))) {
            return objectOrMap(target, name);
        }
        if (types.equals(Set.of(JsonType.ARRAY))) {
            Optional<Keyword.Items> items = target.keyword(Keyword.Items.class);
            TypeRef element = items.isPresent() ? typeOf(items.get().schema(), name + "Item") : scalar(TypeRef.ScalarKind.JSON);
            return new TypeRef.ListOf(element);
        }
        if (types.equals(Set.of(JsonType.STRING))) {
            Optional<Keyword.Enum> values = target.keyword(Keyword.Enum.class);
            if (values.isPresent() && values.get().values().stream().allMatch(v -> v instanceof Literal.StringLiteral)) {
                return enumType(target, name, values.get());
            }
            return scalar(TypeRef.ScalarKind.STRING);
        }
        if (types.equals(Set.of(JsonType.INTEGER))) {
            return scalar(fitsInt(target) ? TypeRef.ScalarKind.INT : TypeRef.ScalarKind.LONG);
        }
        if (types.equals(Set.of(JsonType.NUMBER))) {
            return scalar(TypeRef.ScalarKind.DOUBLE);
        }
        if (types.equals(Set.of(JsonType.BOOLEAN))) {
            return scalar(TypeRef.ScalarKind.BOOLEAN);
        }
        if (types.equals(Set.of(JsonType.NUMBER, JsonType.STRING))) {
            return scalar(TypeRef.ScalarKind.INSTANT);
        }
        return scalar(TypeRef.ScalarKind.JSON);
    }

    private static TypeRef scalar(TypeRef.ScalarKind kind) {
        return new TypeRef.Scalar(kind);
    }

    private static boolean fitsInt(SchemaNode node) {
        BigDecimal min = null;
        BigDecimal max = null;
        for (Keyword k : node.keywords()) {
            if (k instanceof Keyword.Bound b) {
                if (b.upper()) {
                    max = b.value();
                } else {
                    min = b.value();
                }
            }
        }
        return min != null && max != null && min.compareTo(INT_MIN) >= 0 && max.compareTo(INT_MAX) <= 0;
    }

    private TypeRef objectOrMap(SchemaNode node, String name) {
        Optional<Keyword.Properties> properties = node.keyword(Keyword.Properties.class);
        Optional<Keyword.AdditionalProperties> additional = node.keyword(Keyword.AdditionalProperties.class);
        boolean closed = additional.isPresent()
                && additional.get().schema().keywords().contains(new Keyword.FalseSchema());
        if (properties.isEmpty() && additional.isPresent() && !closed) {
            return new TypeRef.MapOf(typeOf(additional.get().schema(), name + "Value"));
        }
        String typeName = JavaNames.type(name);
        claim(typeName, node.location());
        if (!objects.containsKey(typeName) && visiting.add(node.location())) {
            pending.add(() -> buildObject(node, typeName));
        }
        return new TypeRef.Named(typeName);
    }

    private void buildObject(SchemaNode node, String typeName) {
        Set<String> required = new HashSet<>(node.keyword(Keyword.Required.class)
                .map(Keyword.Required::members).orElse(List.of()));
        List<ObjectType.Field> fields = new ArrayList<>();
        Set<String> javaNames = new HashSet<>();
        for (Map.Entry<String, SchemaNode> member : node.keyword(Keyword.Properties.class)
                .map(Keyword.Properties::members).orElse(List.of())) {
            String wire = member.getKey();
            String javaName = JavaNames.member(wire, namingWords);
            if (!javaNames.add(javaName)) {
                SchemaLocation at = member.getValue().location();
                throw new SchemaCompileException(at.file(), at.pointer(),
                        "member '" + wire + "' maps to the Java name '" + javaName + "' of another member");
            }
            TypeRef type = typeOf(member.getValue(), typeName + JavaNames.type(wire));
            fields.add(new ObjectType.Field(wire, javaName, type, required.contains(wire), describe(member.getValue()),
                    bounds(member.getValue())));
        }
        objects.put(typeName, new ObjectType(typeName, node.location(), node.description(), fields));
    }

    /** The keywords that bound the member's value, its own first, then those of the shapes it refers to. */
    private List<Keyword> bounds(SchemaNode member) {
        List<Keyword> bounds = new ArrayList<>();
        SchemaNode current = member;
        // The cap stops a cycle of $ref keywords, which only a malformed graph would have.
        for (int hops = 0; current != null && hops < 64; hops++) {
            SchemaNode next = null;
            for (Keyword keyword : current.keywords()) {
                if (keyword instanceof Keyword.Ref ref) {
                    next = graph.node(ref.target());
                } else if (isValueBound(keyword)) {
                    bounds.add(keyword);
                }
            }
            current = next;
        }
        return bounds;
    }

    private static boolean isValueBound(Keyword keyword) {
        return keyword instanceof Keyword.MinLength || keyword instanceof Keyword.MaxLength
                || keyword instanceof Keyword.MinItems || keyword instanceof Keyword.MaxItems
                || keyword instanceof Keyword.Bound || keyword instanceof Keyword.Pattern;
    }

    private String describe(SchemaNode member) {
        if (!member.description().isEmpty()) {
            return member.description();
        }
        return graph.dereference(member).description();
    }

    private TypeRef enumType(SchemaNode node, String name, Keyword.Enum values) {
        String typeName = JavaNames.type(name);
        claim(typeName, node.location());
        if (!enums.containsKey(typeName)) {
            List<EnumType.Constant> constants = new ArrayList<>();
            Set<String> used = new HashSet<>();
            for (Literal literal : values.values()) {
                String wire = ((Literal.StringLiteral) literal).value();
                String javaName = JavaNames.constant(wire, namingWords);
                String unique = javaName;
                for (int n = 2; !used.add(unique); n++) {
                    unique = javaName + "_" + n;
                }
                constants.add(new EnumType.Constant(unique, wire));
            }
            enums.put(typeName, new EnumType(typeName, node.location(), node.description(), constants));
        }
        return new TypeRef.Named(typeName);
    }

    /** Two different shapes must not end up with the same Java name. */
    private void claim(String typeName, SchemaLocation location) {
        SchemaLocation previous = nameOwners.putIfAbsent(typeName, location);
        if (previous != null && !previous.equals(location)) {
            throw new SchemaCompileException(location.file(), location.pointer(),
                    "the shape maps to the Java type name '" + typeName + "', already used by " + previous);
        }
    }

    /** {@code /$defs/Name} → {@code Name}. */
    private static Optional<String> defName(SchemaLocation location) {
        String pointer = location.pointer();
        if (pointer.startsWith("/$defs/") && pointer.indexOf('/', "/$defs/".length()) < 0) {
            return Optional.of(pointer.substring("/$defs/".length()).replace("~1", "/").replace("~0", "~"));
        }
        return Optional.empty();
    }
}
