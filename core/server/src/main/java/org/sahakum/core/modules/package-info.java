/**
 * The plugin host. PF4J loads module jars from the plugins folder; for each the core builds a
 * tenant-scoped persistence unit, runs the module's migrations, registers its permissions and
 * reads its UI definition and the custom-element scripts that definition names, then mounts its
 * resource at {@code /api/t/{tenant}/{module}} for the tenants that enabled it and serves those
 * scripts at {@code /api/t/{tenant}/modules/{module}/elements/{file}}. A module that fails any
 * step is left out with one log line.
 */
package org.sahakum.core.modules;
