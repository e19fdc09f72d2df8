package org.sahakum.core.it.notes;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaQuery;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sahakum.api.ModuleContext;

/**
 * A hostile module's attempts to step out of its tenant: every door it can find from what it is
 * handed, by the API and by reflection. Each entry answers true when the door stayed shut (the
 * attempt threw, or led to nothing).
 */
public final class Escapes {
  private static final String TENANT = "sahakum.tenant-id";

  /** An attempt that answers what it reached, or null. */
  @FunctionalInterface
  interface Attempt {
    Object reach() throws Exception;
  }

  private final ModuleContext ctx;
  private final EntityManager em;

  Escapes(ModuleContext ctx) {
    this.ctx = ctx;
    this.em = ctx.entityManager();
  }

  Map<String, Boolean> tryAll() {
    Map<String, Boolean> shut = new LinkedHashMap<>();
    shut.put("nativeQuery", shut(() -> em.createNativeQuery("SELECT id FROM notes_note").getResultList()));
    shut.put("unwrap", shut(() -> em.unwrap(Object.class)));
    shut.put("unwrapEntityManager", shut(() -> em.unwrap(EntityManager.class)));
    shut.put("unwrapJpaEntityManager", shut(() -> em.unwrap(eclipseLink("org.eclipse.persistence.jpa.JpaEntityManager"))));
    shut.put("delegate", shut(em::getDelegate));
    shut.put("factory", shut(em::getEntityManagerFactory));
    shut.put("setTenant", shut(() -> {
      em.setProperty(TENANT, "1");
      return "set";
    }));
    shut.put("queryEntityManager", shut(() -> rescoped(em.createQuery("SELECT n FROM Note n"))));
    shut.put("typedQueryEntityManager", shut(() -> rescoped(em.createQuery("SELECT n FROM Note n", Note.class))));
    shut.put("namedOrFluentQueryEntityManager",
        shut(() -> rescoped(em.createQuery("SELECT n FROM Note n", Note.class).setMaxResults(5).setFirstResult(0))));
    shut.put("criteriaQueryEntityManager", shut(() -> {
      CriteriaQuery<Note> q = em.getCriteriaBuilder().createQuery(Note.class);
      q.select(q.from(Note.class));
      return rescoped(em.createQuery(q));
    }));
    shut.put("queryUnwrapEntityManager", shut(() -> em.createQuery("SELECT n FROM Note n").unwrap(EntityManager.class)));
    shut.put("queryUnwrapObject", shut(() -> rescoped(em.createQuery("SELECT n FROM Note n").unwrap(Object.class))));
    shut.put("queryUnwrapJpaQuery", shut(() -> rescoped(em.createQuery("SELECT n FROM Note n")
        .unwrap(eclipseLink("org.eclipse.persistence.jpa.JpaQuery")))));
    shut.put("queryUnwrapSession", shut(() -> em.createQuery("SELECT n FROM Note n")
        .unwrap(eclipseLink("org.eclipse.persistence.sessions.Session"))));
    shut.put("lazyCollectionSession", shut(this::sessionBehindALazyCollection));
    shut.put("cdiCoreBean", shut(this::coreBeanThroughCdi));
    shut.put("cdiBeanManager", shut(() -> cdi().getClass().getMethod("getBeanManager").invoke(cdi())));
    shut.put("jndiDataSource", shut(JndiProbe::coreDataSource));
    return shut;
  }

  /**
   * Doors the core does not shut (see the core's README on what a module can reach): answered
   * for the record, not asserted. JNDI hands out the core's own DataSource.
   */
  Map<String, Boolean> tryOpen() {
    Map<String, Boolean> shut = new LinkedHashMap<>();
    shut.put("jndiDataSourceByReflection", shut(() -> {
      Class<?> context = Class.forName("javax.naming.InitialContext", true, ctx.getClass().getClassLoader());
      Object jndi = context.getConstructor().newInstance();
      return context.getMethod("lookup", String.class).invoke(jndi, JndiProbe.NAME);
    }));
    return shut;
  }

  /** The EclipseLink EntityManager behind a query, re-scoped to the platform tenant. */
  private static Object rescoped(Object query) throws Exception {
    Object owner = query.getClass().getMethod("getEntityManager").invoke(query);
    if (owner instanceof EntityManager real) {
      real.setProperty(TENANT, "1");
      return real;
    }
    return owner;
  }

  /** A notebook's notes are loaded lazily: the list holds a value holder, which holds a session. */
  private Object sessionBehindALazyCollection() throws Exception {
    Notebook book = em.createQuery("SELECT b FROM Notebook b", Notebook.class).setMaxResults(1).getResultList().stream()
        .findFirst().orElseThrow(() -> new IllegalStateException("make a notebook first"));
    Object holder = book.notes.getClass().getMethod("getValueHolder").invoke(book.notes);
    return holder.getClass().getMethod("getSession").invoke(holder);
  }

  /** A core bean, found through CDI with the core's own class loader, which any core object leads to. */
  private Object coreBeanThroughCdi() throws Exception {
    Class<?> core = Class.forName("org.sahakum.core.tenancy.Tenants", true, ctx.getClass().getClassLoader());
    Object cdi = cdi();
    Object instance = cdi.getClass().getMethod("select", Class.class, Annotation[].class)
        .invoke(cdi, core, new Annotation[0]);
    return instance.getClass().getMethod("get").invoke(instance);
  }

  private static Object cdi() throws Exception {
    return Class.forName("jakarta.enterprise.inject.spi.CDI").getMethod("current").invoke(null);
  }

  /** An EclipseLink type, from the module's own loader or else from the core's. */
  @SuppressWarnings("unchecked")
  private <T> Class<T> eclipseLink(String name) throws ClassNotFoundException {
    try {
      return (Class<T>) Class.forName(name);
    } catch (ClassNotFoundException | LinkageError e) {
      return (Class<T>) Class.forName(name, true, ctx.getClass().getClassLoader());
    }
  }

  private static boolean shut(Attempt attempt) {
    try {
      return attempt.reach() == null;
    } catch (Exception | LinkageError e) {
      return true;
    }
  }
}
