/** Arrears: members who owe dues, listed and totalled by chapter in SQL, and exported. */
package org.sahakum.plugins.uniondues.arrears;
