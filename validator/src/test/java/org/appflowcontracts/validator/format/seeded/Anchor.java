package org.appflowcontracts.validator.format.seeded;

/** Where a planted mistake's finding must be: found in the planted file, relative to the edit. */
sealed interface Anchor {

    /** The position of this anchor in the planted file whose edit starts at {@code editOffset}. */
    TextPosition resolve(String planted, int editOffset);

    /** The first {@code text} at or after the start of the edit: the planted text itself. */
    record AtEdit(String text) implements Anchor {
        @Override
        public TextPosition resolve(String planted, int editOffset) {
            int at = planted.indexOf(text, editOffset);
            if (at < 0) {
                throw new IllegalStateException("no '" + text + "' at or after the edit");
            }
            return TextPosition.of(planted, at);
        }
    }

    /** The last {@code text} before the edit: the nearest enclosing member, for a member removed or misplaced. */
    record Above(String text) implements Anchor {
        @Override
        public TextPosition resolve(String planted, int editOffset) {
            int at = planted.lastIndexOf(text, editOffset - 1);
            if (at < 0) {
                throw new IllegalStateException("no '" + text + "' before the edit");
            }
            return TextPosition.of(planted, at);
        }
    }
}
