package org.appflowcontracts.diff.model;

/** What a {@code min}/{@code max} bound measures, by type. */
public enum BoundUnit {
    VALUE, LENGTH, ITEMS, ENTRIES;

    public static BoundUnit of(String type) {
        return switch (type) {
            case "string", "blob" -> LENGTH;
            case "list" -> ITEMS;
            case "map" -> ENTRIES;
            default -> VALUE;
        };
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
