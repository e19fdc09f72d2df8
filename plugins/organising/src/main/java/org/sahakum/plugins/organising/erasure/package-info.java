/** What the organising module does when a member is erased. */
package org.sahakum.plugins.organising.erasure;
