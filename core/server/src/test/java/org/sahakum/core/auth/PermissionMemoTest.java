package org.sahakum.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A token's permission answers: judged once, and judged again once the roles' defaults have grown. */
class PermissionMemoTest {

  @Test
  void an_answer_is_judged_once_per_tenant_and_permission() {
    PermissionMemo memo = new PermissionMemo();
    AtomicInteger judged = new AtomicInteger();
    assertFalse(memo.answer(0, 7, "member:read", () -> judged.incrementAndGet() < 0));
    assertFalse(memo.answer(0, 7, "member:read", () -> judged.incrementAndGet() > 0), "the refusal is kept");
    assertEquals(1, judged.get());
    assertTrue(memo.answer(0, 8, "member:read", () -> judged.incrementAndGet() > 0), "another tenant is judged apart");
    assertTrue(memo.answer(0, 7, "member:write", () -> judged.incrementAndGet() > 0), "another permission too");
    assertEquals(3, judged.get());
  }

  @Test
  void a_permission_joining_the_defaults_makes_answers_judged_again() {
    RolePermissions roles = new RolePermissions();
    PermissionMemo memo = new PermissionMemo();
    long before = roles.generation();
    assertFalse(memo.answer(before, 7, "legal:case:read", () -> roles.of("paralegal").contains("legal:case:read")));
    roles.declare("legal:case:read", new org.sahakum.api.LocalizedText("km", "Read cases"), "paralegal");
    assertNotEquals(before, roles.generation());
    assertTrue(memo.answer(roles.generation(), 7, "legal:case:read",
        () -> roles.of("paralegal").contains("legal:case:read")), "a module's default reaches the role at once");
  }
}
