package org.appflowcontracts.diff.format;

/** The output formats of a contract diff. */
public enum DiffFormat {
    /** One line per change with its compatibility, then a summary. */
    TEXT,
    /** The layout of the published AWS API changelogs: additions per operation as pprint-ed trees. */
    AWS,
    JSON,
    MARKDOWN;

    public DiffFormatter formatter() {
        return switch (this) {
            case TEXT -> new TextDiffFormatter();
            case AWS -> new AwsChangelogFormatter();
            case JSON -> new JsonDiffFormatter();
            case MARKDOWN -> new MarkdownDiffFormatter();
        };
    }
}
