/** Report downloads: CSV through the module API's {@code Csv}, XLSX written here; both audited. */
package org.sahakum.plugins.uniondues.export;
