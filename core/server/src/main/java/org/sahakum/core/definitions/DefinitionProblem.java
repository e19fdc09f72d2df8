package org.sahakum.core.definitions;

/**
 * One thing wrong with a definition file: where (file, 1-based line, field path) and what. Never
 * carries a value read from the file beyond what the message names on purpose.
 */
public record DefinitionProblem(String file, int line, String field, String message) {

  @Override
  public String toString() {
    return file + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + message;
  }
}
