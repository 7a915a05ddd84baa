package org.appflowcontracts.validator.format.seeded;

/** The kinds of mistake planted in real files. */
enum MistakeKind {
    ENUM_TYPO,
    MISSPELT_NAME,
    REQUIRED_REMOVED,
    UPSERT_WITHOUT_ID_FIELDS,
    FOREIGN_OPERATOR,
    NUMBER_ABOVE_BOUND,
    BAD_PATTERN,
    TASK_PROPERTY_KEY_TYPO,
    WRONG_NESTING,
    SCHEDULE_WITHOUT_EXPRESSION
}
