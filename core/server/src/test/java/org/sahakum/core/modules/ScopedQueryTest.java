package org.sahakum.core.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The queries a module's EntityManager hands out show the JPA interface and nothing behind it. */
class ScopedQueryTest {

  /** Stands for EclipseLink's query: a JPA query with a public way back to its EntityManager. */
  public interface VendorQuery extends TypedQuery<Object> {
    EntityManager getEntityManager();
  }

  private final EntityManager unscoped = fake(EntityManager.class, null);
  private final VendorQuery vendor = vendorQuery();

  @Test
  void a_query_from_the_scoped_entity_manager_is_not_the_vendors() {
    EntityManager em = ScopedEntityManager.wrap(fakeEntityManagerAnswering(vendor), false);
    Query q = em.createQuery("SELECT n FROM Note n");
    assertTrue(!(q instanceof VendorQuery), "the vendor's query class must not reach the module");
    assertThrows(NoSuchMethodException.class, () -> q.getClass().getMethod("getEntityManager"));
    assertThrows(IllegalStateException.class, () -> q.unwrap(Object.class));
    assertThrows(IllegalStateException.class, () -> q.unwrap(EntityManager.class));
    assertTrue(!(em.createNamedQuery("any", Object.class) instanceof VendorQuery));
  }

  @Test
  void fluent_setters_answer_the_wrapper_and_results_pass_through() {
    Query q = (Query) ScopedQuery.wrap(vendor);
    assertSame(q, q.setMaxResults(3));
    assertSame(q, q.setParameter("m", 1L));
    assertEquals(List.of("row"), q.getResultList());
  }

  private VendorQuery vendorQuery() {
    return (VendorQuery) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {VendorQuery.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "getEntityManager" -> unscoped;
          case "getResultList" -> List.of("row");
          case "unwrap" -> proxy;
          default -> method.getReturnType().isInstance(proxy) ? proxy : null;
        });
  }

  private static EntityManager fakeEntityManagerAnswering(Query query) {
    return fake(EntityManager.class, query);
  }

  @SuppressWarnings("unchecked")
  private static <T> T fake(Class<T> type, Object query) {
    return (T) Proxy.newProxyInstance(ScopedQueryTest.class.getClassLoader(), new Class<?>[] {type},
        (proxy, method, args) -> method.getName().startsWith("create") ? query : null);
  }
}
