package org.appflowcontracts.validator.rules;

/**
 * The keywords whose failures outside every rule this product words itself (ids {@code schema.<keyword>}), each
 * with the one-line summary rule listings show. {@link TypeLevelMessages} words each constant in a switch that
 * the compiler holds to cover every one of them.
 */
enum TypeLevelKeyword {
    REQUIRED("required", "a member the API requires is missing"),
    ADDITIONAL_PROPERTIES("additionalProperties", "a member the API does not define"),
    UNEVALUATED_PROPERTIES("unevaluatedProperties", "a member the API does not define"),
    FALSE_SCHEMA("false", "a member that is not allowed at this place"),
    TYPE("type", "a value of the wrong JSON type"),
    ENUM("enum", "a value outside the allowed set"),
    CONST("const", "a value other than the one allowed"),
    PATTERN("pattern", "a string not in the required format"),
    MIN_LENGTH("minLength", "a string that is too short"),
    MAX_LENGTH("maxLength", "a string that is too long"),
    MINIMUM("minimum", "a number below the allowed minimum"),
    MAXIMUM("maximum", "a number above the allowed maximum"),
    EXCLUSIVE_MINIMUM("exclusiveMinimum", "a number not above the allowed bound"),
    EXCLUSIVE_MAXIMUM("exclusiveMaximum", "a number not below the allowed bound"),
    MULTIPLE_OF("multipleOf", "a number that is not a multiple of the required step"),
    MIN_ITEMS("minItems", "a list with too few entries"),
    MAX_ITEMS("maxItems", "a list with too many entries"),
    UNIQUE_ITEMS("uniqueItems", "a list with repeated entries"),
    MIN_PROPERTIES("minProperties", "a map with too few entries"),
    MAX_PROPERTIES("maxProperties", "a map with too many entries"),
    PROPERTY_NAMES("propertyNames", "a map key not in the required format"),
    DEPENDENT_REQUIRED("dependentRequired", "a member that needs a companion member"),
    ANY_OF("anyOf", "a value matching none of the allowed forms"),
    ONE_OF("oneOf", "a value not matching exactly one allowed form"),
    NOT("not", "a value in a form that is not allowed"),
    CONTAINS("contains", "a list lacking a required entry"),
    FORMAT("format", "a string not in the required format");

    private final String keyword;
    private final String summary;

    TypeLevelKeyword(String keyword, String summary) {
        this.keyword = keyword;
        this.summary = summary;
    }

    /** The keyword as a schema writes it ({@code minLength}). */
    String keyword() {
        return keyword;
    }

    String summary() {
        return summary;
    }

    /** The constant of a keyword as a schema writes it, or null when this product has no wording for it. */
    static TypeLevelKeyword of(String keyword) {
        for (TypeLevelKeyword k : values()) {
            if (k.keyword.equals(keyword)) {
                return k;
            }
        }
        return null;
    }
}
