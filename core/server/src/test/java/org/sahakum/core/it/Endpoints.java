package org.sahakum.core.it;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The core's endpoints, read from the JAX-RS annotations of its compiled classes. */
final class Endpoints {
  private static final Map<Class<? extends Annotation>, String> VERBS =
      Map.of(GET.class, "GET", POST.class, "POST", PUT.class, "PUT", DELETE.class, "DELETE", PATCH.class, "PATCH");
  private static final Set<Class<? extends Annotation>> NOT_BODY = Set.of(PathParam.class, QueryParam.class,
      HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);

  /** A valid body for each endpoint that takes one; a new endpoint without one fails the test. */
  static final Map<String, JsonObject> SAMPLE_BODIES = Map.ofEntries(
      Map.entry("POST /api/tenants", Json.createObjectBuilder().add("slug", "intruder-chapter").add("type", "chapter")
          .add("parent", "{tenant}").add("names", Json.createObjectBuilder().add("km", "ក").add("en", "x")).build()),
      Map.entry("POST /api/t/{tenant}/accounts", Json.createObjectBuilder().add("username", "intruder")
          .add("password", "long enough password").add("roles", Json.createArrayBuilder().add("admin")).build()),
      Map.entry("POST /api/t/{tenant}/members", Json.createObjectBuilder().add("workingName", "Planted").build()),
      Map.entry("POST /api/t/{tenant}/members/{id}/identity",
          Json.createObjectBuilder().add("reason", "I want to see it").build()),
      Map.entry("PUT /api/t/{tenant}/modules/{module}", Json.createObjectBuilder().add("enabled", false).build()),
      Map.entry("POST /api/t/{tenant}/invites", Json.createObjectBuilder().add("maxUses", 5).build()),
      Map.entry("POST /api/t/{tenant}/registrations", Json.createObjectBuilder().add("inviteCode", "AAAAAAAAAAAA")
          .add("workingName", "Planted").add("username", "planted").add("password", "long enough password")
          .add("consentVersion", "2026-11-v1").build()),
      Map.entry("POST /api/t/{tenant}/registrations/{id}/reject",
          Json.createObjectBuilder().add("reason", "not from here").build()),
      Map.entry("PUT /api/t/{tenant}/members/{id}/status", Json.createObjectBuilder().add("status", "suspended").build()),
      Map.entry("PATCH /api/tenants/{slug}", Json.createObjectBuilder().add("names", Json.createObjectBuilder()
          .add("km", "ក").add("en", "Taken over")).build()),
      Map.entry("PUT /api/t/{tenant}/roles/{role}", Json.createObjectBuilder().add("permissions",
          Json.createArrayBuilder().add("member:read")).build()),
      Map.entry("POST /api/auth/login", Json.createObjectBuilder().add("tenant", "{tenant}").add("username", "admin")
          .add("password", "wrong password").build()));

  private Endpoints() {}

  /** One endpoint: its HTTP method, its path with templates, whether it reads a body. */
  record Endpoint(String method, String path, boolean takesBody) {
    String key() {
      return method + " " + path;
    }

    boolean tenantAddressed() {
      return path.contains("{tenant}") || path.contains("{slug}");
    }
  }

  static List<Endpoint> ofCore() {
    List<Endpoint> found = new ArrayList<>();
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.sahakum.core")) {
      if (!c.isAnnotatedWith(Path.class)) {
        continue;
      }
      Class<?> type = c.reflect();
      String root = "/api/" + type.getAnnotation(Path.class).value();
      for (Method m : type.getMethods()) {
        VERBS.forEach((annotation, verb) -> {
          if (m.isAnnotationPresent(annotation)) {
            Path sub = m.getAnnotation(Path.class);
            found.add(new Endpoint(verb, sub == null ? root : root + "/" + sub.value(), readsBody(m)));
          }
        });
      }
    }
    found.sort(Comparator.comparing(Endpoint::key));
    return found;
  }

  private static boolean readsBody(Method m) {
    for (Parameter p : m.getParameters()) {
      boolean annotatedAsNonBody = false;
      for (Annotation a : p.getAnnotations()) {
        annotatedAsNonBody |= NOT_BODY.contains(a.annotationType());
      }
      if (!annotatedAsNonBody) {
        return true;
      }
    }
    return false;
  }
}
