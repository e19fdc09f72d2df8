package org.sahakum.core.definitions;

import java.util.List;

/** Definition files were refused: nothing was changed. Lists every problem found, in file order. */
public class DefinitionsRefused extends RuntimeException {
  private final transient List<DefinitionProblem> problems;

  public DefinitionsRefused(List<DefinitionProblem> problems) {
    super(problems.size() + " problem(s) in the definition files; nothing was changed");
    this.problems = List.copyOf(problems);
  }

  public List<DefinitionProblem> problems() {
    return problems;
  }
}
