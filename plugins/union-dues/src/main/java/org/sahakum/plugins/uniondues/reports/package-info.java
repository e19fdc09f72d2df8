/** Reports on the ledger: monthly collection by chapter, grouped by the database. */
package org.sahakum.plugins.uniondues.reports;
