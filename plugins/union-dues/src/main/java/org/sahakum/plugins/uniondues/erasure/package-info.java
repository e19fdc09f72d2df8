/** What union dues does when a member is erased: anonymise, keep the money. */
package org.sahakum.plugins.uniondues.erasure;
