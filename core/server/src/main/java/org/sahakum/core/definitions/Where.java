package org.sahakum.core.definitions;

/** A place in a definition file, kept so that problems found later (against the tree) can name it. */
record Where(String file, int line, String field) {

  static Where of(YamlField f) {
    return new Where(f.file(), f.line(), f.path());
  }

  DefinitionProblem problem(String message) {
    return new DefinitionProblem(file, line, field, message);
  }
}
