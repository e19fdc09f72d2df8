package org.sahakum.core.modules;

import jakarta.persistence.TypedQuery;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * A query as a module gets it from its {@link ScopedEntityManager}: the JPA interface only.
 * EclipseLink's own query object is public API of its own ({@code JpaQuery.getEntityManager()},
 * {@code unwrap} to the query, the session or the EntityManager), and reflection on it leads to the
 * unscoped EntityManager; the proxy has none of that. Fluent setters answer the proxy, never the
 * query behind it.
 */
final class ScopedQuery implements InvocationHandler {
  private final Object delegate;

  private ScopedQuery(Object delegate) {
    this.delegate = delegate;
  }

  /** {@code query} behind the JPA interface; null stays null. */
  static Object wrap(Object query) {
    if (query == null) {
      return null;
    }
    return Proxy.newProxyInstance(TypedQuery.class.getClassLoader(), new Class<?>[] {TypedQuery.class},
        new ScopedQuery(query));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getName().equals("unwrap")) {
      throw new IllegalStateException("Query.unwrap is not available to modules: it leads out of the tenant's scope");
    }
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        default -> "ScopedQuery";
      };
    }
    Object result;
    try {
      result = method.invoke(delegate, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    return result == delegate ? proxy : result;
  }
}
