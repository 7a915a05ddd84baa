package org.appflowcontracts.export.schema;

import java.util.Set;

/** The keywords of JSON Schema 2020-12, grouped by what their values hold. */
final class SchemaKeywords {

    /** Keywords whose value is one schema. */
    static final Set<String> SCHEMA = Set.of("items", "contains", "additionalProperties", "propertyNames", "if",
            "then", "else", "not", "unevaluatedItems", "unevaluatedProperties", "contentSchema");

    /** Keywords whose value is an array of schemas. */
    static final Set<String> SCHEMA_ARRAY = Set.of("allOf", "anyOf", "oneOf", "prefixItems");

    /** Keywords whose value maps names to schemas. */
    static final Set<String> SCHEMA_MAP = Set.of("properties", "patternProperties", "$defs", "dependentSchemas");

    /** Keywords whose value is data, copied as it is. */
    static final Set<String> DATA = Set.of("$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$comment", "type",
            "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
            "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains",
            "minContains", "maxProperties", "minProperties", "required", "dependentRequired", "title",
            "description", "default", "deprecated", "readOnly", "writeOnly", "examples", "format",
            "contentEncoding", "contentMediaType");

    /** Keywords that identify a document; an embedded copy drops them. */
    static final Set<String> DOCUMENT = Set.of("$schema", "$id", "$vocabulary");

    private SchemaKeywords() {
    }
}
