package org.sahakum.core.definitions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A node of a YAML file with where it stands (file, line, field path). Files are composed into
 * nodes only: no object is ever constructed from a tag, anchors and aliases are refused, and every
 * problem is added to the shared list with its place instead of being thrown.
 */
final class YamlField {
  private static final int MAX_CODE_POINTS = 1_000_000;

  private final String file;
  private final String path;
  private final Node node;
  private final List<DefinitionProblem> problems;
  private final int line;

  private YamlField(String file, String path, Node node, List<DefinitionProblem> problems) {
    this(file, path, node, problems, node.getStartMark().map(m -> m.getLine() + 1).orElse(1));
  }

  /** {@code line}: where the node is reported; a field's value is reported on its key's line. */
  private YamlField(String file, String path, Node node, List<DefinitionProblem> problems, int line) {
    this.file = file;
    this.path = path;
    this.node = node;
    this.problems = problems;
    this.line = line;
  }

  /** The root of {@code text}, or empty (with a problem added) when it is not one YAML mapping. */
  static Optional<YamlField> root(String file, String text, List<DefinitionProblem> problems) {
    LoadSettings settings = LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(false)
        .setCodePointLimit(MAX_CODE_POINTS).build();
    try {
      Optional<Node> node = new Compose(settings).composeString(text);
      if (node.isEmpty()) {
        problems.add(new DefinitionProblem(file, 1, "", "the file is empty"));
        return Optional.empty();
      }
      YamlField root = new YamlField(file, "", node.get(), problems);
      if (!root.noAliases(Collections.newSetFromMap(new IdentityHashMap<>()))) {
        return Optional.empty();
      }
      return root.isMapping() ? Optional.of(root) : root.fail("expected a mapping (key: value) at the top");
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
      problems.add(new DefinitionProblem(file, line, "", "not valid YAML: " + e.getProblem()));
    } catch (YamlEngineException e) {
      problems.add(new DefinitionProblem(file, 1, "", "not valid YAML: " + e.getMessage()));
    }
    return Optional.empty();
  }

  private boolean noAliases(Set<Node> seen) {
    if (!seen.add(node) || node.getAnchor().isPresent()) {
      fail("anchors and aliases (&, *) are not allowed in definition files");
      return false;
    }
    for (YamlField child : children()) {
      if (!child.noAliases(seen)) {
        return false;
      }
    }
    return true;
  }

  private List<YamlField> children() {
    List<YamlField> all = new ArrayList<>();
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        all.add(new YamlField(file, path, t.getKeyNode(), problems));
        all.add(new YamlField(file, path, t.getValueNode(), problems));
      }
    } else if (node instanceof SequenceNode s) {
      s.getValue().forEach(n -> all.add(new YamlField(file, path, n, problems)));
    }
    return all;
  }

  String file() {
    return file;
  }

  String path() {
    return path;
  }

  int line() {
    return line;
  }

  boolean isMapping() {
    return node instanceof MappingNode;
  }

  /** Adds a problem at this node; answers empty so callers can return it. */
  <T> Optional<T> fail(String message) {
    problems.add(new DefinitionProblem(file, line(), path, message));
    return Optional.empty();
  }

  /**
   * This mapping's fields: each key must be one of {@code allowed}, each of {@code required} must
   * be there, keys are plain text. Problems are added; the fields that are fine are answered.
   */
  Map<String, YamlField> fields(Set<String> allowed, Set<String> required) {
    Map<String, YamlField> out = new LinkedHashMap<>();
    if (!(node instanceof MappingNode m)) {
      fail("expected a mapping (key: value)");
      return out;
    }
    for (NodeTuple t : m.getValue()) {
      String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
      YamlField keyField = new YamlField(file, path, t.getKeyNode(), problems);
      if (key == null || !allowed.contains(key)) {
        keyField.fail("unknown field" + (key == null ? "" : " '" + key + "'") + "; expected one of "
            + String.join(", ", allowed.stream().sorted().toList()));
        continue;
      }
      if (out.containsKey(key)) {
        keyField.fail("the field '" + key + "' is given twice");
        continue;
      }
      out.put(key, new YamlField(file, path.isEmpty() ? key : path + "." + key, t.getValueNode(), problems,
          keyField.line()));
    }
    for (String r : required.stream().sorted().toList()) {
      if (!out.containsKey(r)) {
        fail("missing field '" + r + "'");
      }
    }
    return out;
  }

  /** A plain scalar's text; a sequence or mapping is a problem. */
  Optional<String> text() {
    if (node instanceof ScalarNode s) {
      return Optional.of(s.getValue());
    }
    return fail("expected a single value, not a list or mapping");
  }

  /** This sequence's items, each with its index in the path. */
  List<YamlField> items() {
    List<YamlField> out = new ArrayList<>();
    if (!(node instanceof SequenceNode s)) {
      fail("expected a list");
      return out;
    }
    for (int i = 0; i < s.getValue().size(); i++) {
      out.add(new YamlField(file, path + "[" + i + "]", s.getValue().get(i), problems));
    }
    return out;
  }

  /** This mapping's entries in file order, keys as text, with no set of allowed keys. */
  Map<String, YamlField> entries() {
    Map<String, YamlField> out = new LinkedHashMap<>();
    if (!(node instanceof MappingNode m)) {
      fail("expected a mapping (key: value)");
      return out;
    }
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode s && out.containsKey(s.getValue())) {
        new YamlField(file, path, t.getKeyNode(), problems).fail("the key '" + s.getValue() + "' is given twice");
      } else if (t.getKeyNode() instanceof ScalarNode s) {
        int keyLine = new YamlField(file, path, t.getKeyNode(), problems).line();
        out.put(s.getValue(), new YamlField(file, path + "." + s.getValue(), t.getValueNode(), problems, keyLine));
      } else {
        new YamlField(file, path, t.getKeyNode(), problems).fail("keys must be plain text");
      }
    }
    return out;
  }
}
