/** What legal aid does when a member is erased: anonymise, keep only what counts need. */
package org.sahakum.plugins.legalaid.erasure;
