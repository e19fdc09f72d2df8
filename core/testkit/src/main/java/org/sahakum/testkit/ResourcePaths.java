package org.sahakum.testkit;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Which GETs a module's JAX-RS resource answers, read from its annotations as JAX-RS would match
 * them: resource methods and sub-resource locators, by {@code @Path} template. Annotations are
 * read by name, so the testkit needs no JAX-RS on its own class path.
 */
final class ResourcePaths {
  private static final String WS = "jakarta.ws.rs.";
  private static final Set<String> HTTP = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
  /** Deeper than any module nests its locators. */
  private static final int MAX_DEPTH = 8;

  private ResourcePaths() {}

  /** Whether {@code GET path} below {@code root} reaches a resource method ({@code cases/1/dates}). */
  static boolean answersGet(Class<?> root, String path) {
    return getMethod(root, path) != null;
  }

  /** The resource method {@code GET path} below {@code root} reaches, or null. */
  static Method getMethod(Class<?> root, String path) {
    return reach(root, segments(path), 0);
  }

  /** The names of a resource method's {@code @QueryParam}s. */
  static Set<String> queryParams(Method method) {
    Set<String> names = new java.util.TreeSet<>();
    for (Annotation[] annotations : method.getParameterAnnotations()) {
      for (Annotation a : annotations) {
        if (a.annotationType().getName().equals(WS + "QueryParam")) {
          names.add(value(a));
        }
      }
    }
    return names;
  }

  private static Method reach(Class<?> type, List<String> path, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    // as JAX-RS matches: the template with the most literal characters first ("queue" before "{id}")
    List<Method> methods = Arrays.stream(type.getMethods())
        .sorted(java.util.Comparator.comparingInt((Method m) -> literalChars(pathOf(m))).reversed()).toList();
    for (Method method : methods) {
      String template = pathOf(method);
      List<String> own = template == null ? List.of() : segments(template);
      if (!startsWith(path, own)) {
        continue;
      }
      List<String> rest = path.subList(own.size(), path.size());
      boolean resourceMethod = Arrays.stream(method.getAnnotations()).anyMatch(ResourcePaths::isHttp);
      if (resourceMethod && rest.isEmpty() && has(method, "GET")) {
        return method;
      }
      Method below = !resourceMethod && template != null ? reach(method.getReturnType(), rest, depth + 1) : null;
      if (below != null) {
        return below;
      }
    }
    return null;
  }

  /** A template's segments match literally, or any value for a {@code {name}} segment. */
  private static boolean startsWith(List<String> path, List<String> template) {
    if (template.size() > path.size()) {
      return false;
    }
    for (int i = 0; i < template.size(); i++) {
      String t = template.get(i);
      if (!(t.startsWith("{") && t.endsWith("}")) && !t.equals(path.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static int literalChars(String template) {
    return template == null ? 0 : template.replaceAll("\\{[^}]*}", "").length();
  }

  private static List<String> segments(String path) {
    return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
  }

  private static boolean isHttp(Annotation a) {
    return a.annotationType().getName().startsWith(WS) && HTTP.contains(a.annotationType().getSimpleName());
  }

  private static boolean has(Method method, String simpleName) {
    return Arrays.stream(method.getAnnotations()).anyMatch(a -> a.annotationType().getName().equals(WS + simpleName));
  }

  private static String pathOf(Method method) {
    for (Annotation a : method.getAnnotations()) {
      if (a.annotationType().getName().equals(WS + "Path")) {
        return value(a);
      }
    }
    return null;
  }

  private static String value(Annotation a) {
    try {
      return (String) a.annotationType().getMethod("value").invoke(a);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
