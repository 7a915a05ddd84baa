/**
 * Format adapters: the files teams commit (API request bodies, CloudFormation templates, Terraform HCL, Terraform
 * JSON and plans) turned into the AppFlow requests they declare, each with the way back to the user's file.
 * Validation runs on the requests; findings are mapped back through {@link FileLocator} and reported in the
 * file's own terms. What differs between formats (member names, reshapes) is data kept with the schemas.
 */
package org.appflowcontracts.validator.format;
