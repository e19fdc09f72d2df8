package org.sahakum.plugins.education.children;

import java.nio.charset.StandardCharsets;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.SealedData;
import org.sahakum.plugins.education.Access;

/**
 * A child's name, sealed with the organisation's data key and bound to the child's id, so that a
 * sealed name copied onto another row does not open. Opening one is refused while the guardian's
 * chapter is locked down; the caller audits what it shows.
 */
public final class ChildNames {
  private ChildNames() {}

  static String purpose(long childId) {
    return "child-name|" + childId;
  }

  /** Seals {@code name} into the child's row (which must have its id already). */
  static void seal(ModuleContext ctx, Child child, String name) {
    child.setSealedName(ctx.sealer().seal(purpose(child.getId()), name.strip().getBytes(StandardCharsets.UTF_8)));
  }

  /** The child's name, opened; 423 while the guardian's chapter is locked down. */
  public static String open(ModuleContext ctx, Child child) {
    ctx.lockdown().requireMemberOpen(child.getGuardianMemberId());
    return new String(ctx.sealer().open(purpose(child.getId()), child.getSealedName()), StandardCharsets.UTF_8);
  }

  /** The sealed names, for a key rotation: a few hundred rows per batch. */
  public static SealedData store() {
    return new SealedData() {
      @Override
      public String id() {
        return "child-names";
      }

      @Override
      public long count(ModuleContext context) {
        return context.entityManager().createQuery("SELECT COUNT(c) FROM Child c", Long.class).getSingleResult();
      }

      @Override
      public Batch resealAfter(ModuleContext context, long afterId) {
        var rows = context.entityManager().createQuery("SELECT c FROM Child c WHERE c.id > :a ORDER BY c.id", Child.class)
            .setParameter("a", afterId).setMaxResults(300).getResultList();
        for (Child c : rows) {
          c.resealWith(v -> context.sealer().reseal(purpose(c.getId()), v));
        }
        return new Batch(rows.size(), rows.isEmpty() ? -1 : rows.get(rows.size() - 1).getId());
      }
    };
  }

  /** 422 unless the child's name is a first name or nickname of a sensible length. */
  static void requireFirstName(String name) {
    if (name.strip().isEmpty() || name.strip().split("\\s+").length > 3) {
      throw Access.unprocessable("name: give the child's first name or nickname only, never a surname.");
    }
  }
}
