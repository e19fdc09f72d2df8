/**
 * The launcher behind {@code bin/sahakum}: reads the settings, starts the embedded MariaDB when
 * no external database is set, starts Payara Micro with the core WAR as a child process, waits
 * until the application really answers, and stops both on Ctrl-C or SIGTERM.
 * {@code bin/sahakum verify-audit} instead verifies the audit hash chains straight from that
 * database, with or without the server running.
 */
package org.sahakum.launcher;
