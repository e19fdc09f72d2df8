package org.sahakum.plugins.legalaid.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ClientErrorException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sahakum.api.MemberRef;
import org.sahakum.plugins.legalaid.cases.CaseWorkflow.Transition;

/** Every move of the workflow from every status: allowed ones happen, others are 409 with a reason. */
class CaseWorkflowTest {
  private static final Instant AT = Instant.parse("2026-01-05T03:00:00Z");

  @Test
  void open_then_in_progress_then_closed_with_an_outcome_then_reopened() {
    LegalCase c = new LegalCase("court", null, "student", AT);
    CaseWorkflow.apply(c, Transition.START, null, AT);
    assertEquals("in-progress", c.getStatus());
    CaseWorkflow.apply(c, Transition.CLOSE, "acquitted", AT);
    assertEquals("closed", c.getStatus());
    assertEquals("acquitted", c.getOutcome());
    assertEquals(AT, c.getClosedAt());
    CaseWorkflow.apply(c, Transition.REOPEN, null, AT);
    assertEquals("in-progress", c.getStatus());
    assertNull(c.getOutcome());
    assertNull(c.getClosedAt());
  }

  @Test
  void every_other_move_is_a_conflict_with_a_reason() {
    String[][] refused = {{"open", "CLOSE"}, {"open", "REOPEN"}, {"in-progress", "START"},
        {"in-progress", "REOPEN"}, {"closed", "START"}, {"closed", "CLOSE"}};
    for (String[] r : refused) {
      LegalCase c = at(r[0]);
      ClientErrorException e = assertThrows(ClientErrorException.class,
          () -> CaseWorkflow.apply(c, Transition.valueOf(r[1]), "resolved", AT), r[0] + " " + r[1]);
      assertEquals(409, e.getResponse().getStatus());
      assertTrue(e.getMessage().contains(r[0]), e.getMessage());
      assertEquals(r[0], c.getStatus(), "nothing changed");
    }
  }

  private static LegalCase at(String status) {
    LegalCase c = new LegalCase("labour", new MemberRef(7, "WNU-SS-00007", "Dara", null, "active"), null, AT);
    if (!status.equals("open")) {
      CaseWorkflow.apply(c, Transition.START, null, AT);
    }
    if (status.equals("closed")) {
      CaseWorkflow.apply(c, Transition.CLOSE, "settled", AT);
    }
    return c;
  }
}
