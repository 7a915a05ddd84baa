package org.appflowcontracts.validator.format.mapping;

import java.util.Locale;

/** How a format spells an API member name unless its mapping renames it. */
public enum MemberNaming {
    /** As the API: {@code idFieldNames}. */
    CAMEL_CASE("camelCase"),
    /** CloudFormation: {@code IdFieldNames}. */
    PASCAL_CASE("PascalCase"),
    /** Terraform: {@code id_field_names}. */
    SNAKE_CASE("snake_case");

    private final String dataName;

    MemberNaming(String dataName) {
        this.dataName = dataName;
    }

    /** The convention named as a mapping file names it ({@code PascalCase}). */
    public static MemberNaming byDataName(String name) {
        for (MemberNaming naming : values()) {
            if (naming.dataName.equals(name)) {
                return naming;
            }
        }
        throw new IllegalArgumentException("unknown member naming '" + name + "'");
    }

    /** The API member name in this convention. */
    public String apply(String apiMember) {
        return switch (this) {
            case CAMEL_CASE -> apiMember;
            case PASCAL_CASE -> apiMember.isEmpty() ? apiMember
                    : apiMember.substring(0, 1).toUpperCase(Locale.ROOT) + apiMember.substring(1);
            case SNAKE_CASE -> snake(apiMember);
        };
    }

    // A capital starts a new word unless it continues a run of capitals (SAPOData -> sapo_data).
    private static String snake(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean upper = Character.isUpperCase(c);
            boolean afterLower = i > 0 && !Character.isUpperCase(name.charAt(i - 1));
            boolean beforeLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))
                    && i > 0 && Character.isUpperCase(name.charAt(i - 1));
            if (upper && i > 0 && (afterLower || beforeLower)) {
                out.append('_');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }
}
