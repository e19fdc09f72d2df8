package org.sahakum.plugins.education.school;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.ClientErrorException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahakum.plugins.education.children.SchoolStatus;

/** The rule of a child's way back to school, for every pair of statuses. */
class SchoolPathsTest {

  @Test
  void forward_steps_and_dropping_out_are_allowed_going_back_is_not() {
    int allowed = 0;
    for (SchoolStatus from : SchoolStatus.values()) {
      for (SchoolStatus to : SchoolStatus.values()) {
        boolean expected = from == to || to == SchoolStatus.DROPPED_OUT
            || (from == SchoolStatus.DROPPED_OUT && List.of(SchoolStatus.OUT_OF_SCHOOL, SchoolStatus.PREPARING).contains(to))
            || (from != SchoolStatus.DROPPED_OUT && to.ordinal() > from.ordinal());
        if (expected) {
          allowed++;
          assertDoesNotThrow(() -> SchoolPaths.requireAllowed(from, to), from + " -> " + to);
        } else {
          ClientErrorException e = assertThrows(ClientErrorException.class, () -> SchoolPaths.requireAllowed(from, to));
          assertEquals(422, e.getResponse().getStatus());
        }
      }
    }
    assertEquals(17, allowed);
  }

  @Test
  void sets_of_codes_are_stored_sorted_without_repeats() {
    assertEquals("DOCUMENTS,INFORMAL_FEES", Codes.join(List.of("INFORMAL_FEES", "DOCUMENTS", "INFORMAL_FEES")));
    assertEquals(List.of("DOCUMENTS", "INFORMAL_FEES"), Codes.split("DOCUMENTS,INFORMAL_FEES"));
    assertEquals(List.of(), Codes.split(""));
    assertEquals("", Codes.join(null));
  }
}
