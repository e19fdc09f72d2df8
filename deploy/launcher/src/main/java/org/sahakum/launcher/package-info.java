/**
 * The launcher behind {@code bin/sahakum}: reads the settings, starts the embedded MariaDB when
 * no external database is set, starts Payara Micro with the core WAR as a child process, waits
 * until the application really answers, and stops both on Ctrl-C or SIGTERM.
 */
package org.sahakum.launcher;
