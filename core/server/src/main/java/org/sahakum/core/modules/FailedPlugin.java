package org.sahakum.core.modules;

/** A plugin file that was left out at start, and why (no stack trace, no personal data). */
public record FailedPlugin(String file, String reason) {}
