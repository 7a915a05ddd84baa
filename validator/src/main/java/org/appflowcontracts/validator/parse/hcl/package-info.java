/**
 * Terraform's native syntax (HCL2, {@code .tf} files) read into the same located tree as Terraform's JSON
 * syntax: {@code {"resource": {"aws_appflow_flow": {"accounts": {attribute: value, block: [{...}]}}}}}, with the
 * line and column of every value. Literal values are kept; every expression whose value is decided only when
 * Terraform runs (references, function calls, interpolations, conditionals, {@code dynamic} blocks) becomes an
 * {@linkplain org.appflowcontracts.validator.format.Unknowns unknown} node.
 *
 * <p>The lexer and parser are the ANTLR HCL2 grammar published with OpenRewrite ({@code org.openrewrite:rewrite-hcl},
 * Apache-2.0); only its generated grammar classes are used.
 */
package org.appflowcontracts.validator.parse.hcl;
