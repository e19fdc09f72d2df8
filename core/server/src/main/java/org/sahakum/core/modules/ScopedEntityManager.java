package org.sahakum.core.modules;

import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;

/**
 * The EntityManager a module gets: the tenant-scoped one, minus every door out of the scope.
 * Native SQL would bypass the tenant filter; {@code unwrap}, {@code getDelegate} and the factory
 * lead to an unscoped EntityManager; {@code setProperty} could change the tenant; closing and
 * transactions are the core's business. The queries it creates are wrapped too
 * ({@link ScopedQuery}), as EclipseLink's own lead back to the EntityManager behind this one.
 */
final class ScopedEntityManager implements InvocationHandler {
  private static final Set<String> REFUSED = Set.of(
      "createNativeQuery", "createStoredProcedureQuery", "createNamedStoredProcedureQuery",
      "unwrap", "getDelegate", "getEntityManagerFactory", "setProperty", "close", "getTransaction",
      "joinTransaction");
  /** What answers a query: it goes out behind the JPA interface only ({@link ScopedQuery}). */
  private static final Set<String> QUERIES = Set.of("createQuery", "createNamedQuery");
  /** What a read (GET, HEAD) may not do: it runs without a transaction, so a change would be lost. */
  private static final Set<String> CHANGES = Set.of("persist", "merge", "remove", "flush", "lock");

  private final EntityManager delegate;
  private final boolean readOnly;

  private ScopedEntityManager(EntityManager delegate, boolean readOnly) {
    this.delegate = delegate;
    this.readOnly = readOnly;
  }

  /** The scoped EntityManager; a {@code readOnly} one also refuses every change. */
  static EntityManager wrap(EntityManager delegate, boolean readOnly) {
    return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
        new Class<?>[] {EntityManager.class}, new ScopedEntityManager(delegate, readOnly));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (REFUSED.contains(method.getName())) {
      throw new IllegalStateException("EntityManager." + method.getName() + " is not available to modules: "
          + "it would leave the tenant's scope or the request's transaction");
    }
    if (readOnly && CHANGES.contains(method.getName())) {
      throw new IllegalStateException("EntityManager." + method.getName() + " in a read (GET or HEAD): a module "
          + "changes data only in POST, PUT, PATCH or DELETE, which run in a transaction");
    }
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        default -> "ScopedEntityManager";
      };
    }
    Object result;
    try {
      result = method.invoke(delegate, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    return QUERIES.contains(method.getName()) ? ScopedQuery.wrap(result) : result;
  }
}
