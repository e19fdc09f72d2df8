package org.sahakum.api;

/**
 * A module's demo data, for {@code SAHAKUM_DEMO=1}: clearly fictional records made through the
 * module's own services, so that every rule of the module holds for them as for real ones.
 * Offered through {@link SahakumModule#demoData()}.
 *
 * <p>The core calls {@link #seed} at every start with the demo on, after it has topped up the demo
 * organisation's register, once for each module the organisation has switched on. The context is
 * the organisation's, writable, inside a transaction the core opened and commits when
 * {@code seed} returns; its caller is the organisation's demo admin, who holds every permission.
 * If {@code seed} throws, the core rolls back what was not yet committed, logs the module's id and
 * the exception's type, and goes on with the other modules. Modules seed side by side, each on a
 * thread of its own, unless {@link #readsOtherModules()}.
 *
 * <p>Seeding must be idempotent: count what is already there and top it up to the scale asked,
 * never adding twice what an earlier start made. Make no real-looking identity: no names beyond the
 * register's demo working names, and only plainly invented text.
 */
@FunctionalInterface
public interface DemoData {

  /**
   * Tops the module's demo data up to the scale of {@code request}.
   *
   * @param context the organisation's context; its EntityManager is cleared at each
   *     {@link DemoRequest#commit()}, so hold no entity across one
   * @param request the scale, the members, a seed, progress and batching
   */
  void seed(ModuleContext context, DemoRequest request);

  /**
   * Whether this seeding reads what other modules' demo data makes (through the core, such as a
   * member's good standing, which the dues module answers): the core then seeds this module after
   * all the others are done, so it sees their data whole.
   */
  default boolean readsOtherModules() {
    return false;
  }
}
