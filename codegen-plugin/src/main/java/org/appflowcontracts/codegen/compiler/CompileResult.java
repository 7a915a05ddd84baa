package org.appflowcontracts.codegen.compiler;

/**
 * What a compilation produced.
 *
 * @param records     generated records
 * @param enums       generated enums
 * @param validators  generated entry validators
 * @param written     files created or changed on disk
 * @param unchanged   files whose content was already up to date
 * @param deleted     stale generated files removed
 */
public record CompileResult(int records, int enums, int validators, int written, int unchanged, int deleted) {

    public int files() {
        return written + unchanged;
    }
}
