/**
 * The module's sealed values as a key rotation sees them: each store walks its rows in id order
 * and has the core re-seal every value under the organisation's newest key.
 */
package org.sahakum.plugins.legalaid.sealing;
