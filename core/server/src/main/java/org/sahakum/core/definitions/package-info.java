/**
 * Tenants as data: blueprints and tenant definitions read from YAML files (the distribution's
 * {@code tenants/}), compared with the tree, and applied in one transaction through the same
 * services the calls use. A file with any problem changes nothing; each problem names the file,
 * the line and the field.
 */
package org.sahakum.core.definitions;
