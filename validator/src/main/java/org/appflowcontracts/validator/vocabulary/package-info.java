/**
 * The semantics of the appflow vocabulary ({@code appflowOrdered}, {@code appflowSplitEquals},
 * {@code appflowUnique}, {@code appflowCovered}) as plain functions over Jackson trees, independent of any schema
 * engine. The reference engine adapts them to networknt keywords; compiled validators can call them directly, so
 * both engines agree by construction. Each function does nothing (passes) when its instance is not of the stated
 * type or a named member is absent.
 */
package org.appflowcontracts.validator.vocabulary;
