/** Receipts: each payment by its receipt number, as data and as a printable page in Khmer or English. */
package org.sahakum.plugins.uniondues.receipts;
