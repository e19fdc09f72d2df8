/**
 * The roll: the members of a vote's scope who are active and in good standing on the day it opens,
 * fixed then, each with a "voted" mark and nothing else (no time, no account, no order of voting).
 */
package org.sahakum.plugins.governance.roll;
