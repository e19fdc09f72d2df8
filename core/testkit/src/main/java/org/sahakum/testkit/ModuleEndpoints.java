package org.sahakum.testkit;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every endpoint of a module, found from the JAX-RS annotations of its resource class and of the
 * classes its sub-resource locators return, so that a module's isolation test covers a new
 * endpoint without anyone adding it. Paths are relative to the module's mount and keep their
 * templates ({@code payments/{id}}). Annotations are read by name: the testkit does not depend on
 * the JAX-RS API.
 */
public final class ModuleEndpoints {
  private ModuleEndpoints() {}

  /** One endpoint: its HTTP method, its path below the mount, whether it reads a body. */
  public record Endpoint(String method, String path, boolean takesBody) {
    public String key() {
      return method + " " + path;
    }
  }

  public static List<Endpoint> of(Class<?> resource) {
    List<Endpoint> found = new ArrayList<>();
    walk(resource, "", found, 0);
    found.sort(Comparator.comparing(Endpoint::key));
    return found;
  }

  private static void walk(Class<?> type, String prefix, List<Endpoint> into, int depth) {
    if (depth > 5) {
      throw new IllegalStateException("sub-resources nest too deep at " + prefix);
    }
    for (Method m : type.getMethods()) {
      String path = value(m.getAnnotations(), "jakarta.ws.rs.Path");
      String here = join(prefix, path == null ? "" : path);
      String http = httpMethod(m);
      if (http != null) {
        into.add(new Endpoint(http, here, takesBody(m)));
      } else if (path != null) {
        walk(m.getReturnType(), here, into, depth + 1);
      }
    }
  }

  private static String httpMethod(Method m) {
    for (Annotation a : m.getAnnotations()) {
      String http = value(a.annotationType().getAnnotations(), "jakarta.ws.rs.HttpMethod");
      if (http != null) {
        return http;
      }
    }
    return null;
  }

  /** The {@code value()} of the annotation named {@code type} among {@code annotations}, or null. */
  private static String value(Annotation[] annotations, String type) {
    for (Annotation a : annotations) {
      if (a.annotationType().getName().equals(type)) {
        try {
          return (String) a.annotationType().getMethod("value").invoke(a);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return null;
  }

  /** A parameter that no JAX-RS annotation sources (path, query, header, context ...) is the entity. */
  private static boolean takesBody(Method m) {
    for (Parameter p : m.getParameters()) {
      boolean sourced = false;
      for (Annotation a : p.getAnnotations()) {
        String pkg = a.annotationType().getPackageName();
        sourced |= pkg.equals("jakarta.ws.rs") || pkg.equals("jakarta.ws.rs.core");
      }
      if (!sourced) {
        return true;
      }
    }
    return false;
  }

  private static String join(String prefix, String path) {
    String p = path.replaceAll("^/+|/+$", "");
    return prefix.isEmpty() ? p : p.isEmpty() ? prefix : prefix + "/" + p;
  }
}
