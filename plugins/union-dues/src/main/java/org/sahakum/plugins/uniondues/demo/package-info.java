/**
 * Demo data for {@code SAHAKUM_DEMO=1}: a monthly riel plan, most members enrolled, and 12 to 18
 * months of payments (on time, in arrears, ahead, part payments), a few hardship exemptions and a
 * few reversals, all written through the module's own services so the ledger's rules hold.
 */
package org.sahakum.plugins.uniondues.demo;
