package org.appflowcontracts.validator.format.terraform;

import org.appflowcontracts.validator.text.AsciiCharacters;

/**
 * How a pointer token is written in a Terraform address: an index ({@code [2]}), an attribute or block name
 * ({@code .task_type}), or else a quoted map key ({@code ["SOURCE_DATA_TYPE"]}). Character tests rather than
 * regular expressions: a file's first finding would otherwise set up the regex engine.
 */
final class AddressTokens {

    private AddressTokens() {
    }

    /** {@code 0|[1-9][0-9]{0,8}}: a list index as the pointer writes it. */
    static boolean isIndex(String token) {
        int n = token.length();
        if (n == 0 || n > 9 || token.charAt(0) == '0' && n > 1) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!AsciiCharacters.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code [A-Za-z_][A-Za-z0-9_-]*}: a name HCL writes after a dot. */
    static boolean isName(String token) {
        if (token.isEmpty() || !(AsciiCharacters.isLetter(token.charAt(0)) || token.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(AsciiCharacters.isWord(c) || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** {@code [A-Z][A-Z0-9_]*}: a map key in capitals ({@code SOURCE_DATA_TYPE}), written quoted. */
    static boolean isConstantName(String token) {
        if (token.isEmpty() || !AsciiCharacters.isUpper(token.charAt(0))) {
            return false;
        }
        for (int i = 1; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(AsciiCharacters.isUpper(c) || AsciiCharacters.isDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
