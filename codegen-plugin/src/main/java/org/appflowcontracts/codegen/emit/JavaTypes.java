package org.appflowcontracts.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import org.appflowcontracts.codegen.model.TypeRef;

/** Maps the IR's {@link TypeRef}s to JavaPoet type names inside one generated package. */
public record JavaTypes(String modelPackage) {

    static final ClassName JSON_NODE = ClassName.get("tools.jackson.databind", "JsonNode");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName MAP = ClassName.get("java.util", "Map");
    static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
    static final ClassName JSON_INCLUDE = ClassName.get("com.fasterxml.jackson.annotation", "JsonInclude");
    static final ClassName JSON_VALUE = ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");
    static final ClassName JSON_CREATOR = ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");
    static final ClassName JSON_DESERIALIZE = ClassName.get("tools.jackson.databind.annotation", "JsonDeserialize");

    public ClassName named(String simpleName) {
        return ClassName.get(modelPackage, simpleName);
    }

    public TypeName of(TypeRef ref) {
        if (ref instanceof TypeRef.Scalar s) {
            return scalar(s.kind());
        }
        if (ref instanceof TypeRef.Named n) {
            return named(n.name());
        }
        if (ref instanceof TypeRef.ListOf l) {
            return ParameterizedTypeName.get(LIST, of(l.element()));
        }
        TypeRef.MapOf m = (TypeRef.MapOf) ref;
        return ParameterizedTypeName.get(MAP, ClassName.get(String.class), of(m.value()));
    }

    private static TypeName scalar(TypeRef.ScalarKind kind) {
        return switch (kind) {
            case STRING -> ClassName.get(String.class);
            case INT -> ClassName.get(Integer.class);
            case LONG -> ClassName.get(Long.class);
            case DOUBLE -> ClassName.get(Double.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            case INSTANT -> ClassName.get("java.time", "Instant");
            case JSON -> JSON_NODE;
        };
    }
}
