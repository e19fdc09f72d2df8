/** Erasure: an erased member leaves every roll and ballot; whether they voted stays only as a count. */
package org.sahakum.plugins.governance.erasure;
