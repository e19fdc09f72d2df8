package org.sahakum.launcher;

/**
 * A command could not do its work for a reason the operator can act on (a bad argument, a
 * database that does not answer); its message is printed alone, without a stack trace.
 */
final class CommandFailure extends Exception {
  CommandFailure(String message) {
    super(message, null, false, false);
  }
}
