/**
 * Reading documents: JSON or YAML into a Jackson tree plus the source position of every value by JSON Pointer,
 * within fixed safety limits. Every unreadable input becomes an {@link org.appflowcontracts.validator.InputException}
 * with a line and column.
 */
package org.appflowcontracts.validator.parse;
