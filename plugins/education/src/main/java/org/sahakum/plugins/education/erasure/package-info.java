/** Erasure of a guardian: their children's records go with them, or are unlinked where a second guardian stays. */
package org.sahakum.plugins.education.erasure;
