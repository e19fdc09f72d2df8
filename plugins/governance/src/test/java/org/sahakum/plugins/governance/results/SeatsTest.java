package org.sahakum.plugins.governance.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who fills the seats, and when a tie for the last seat leaves it to the organisation. */
class SeatsTest {

  @Test
  void the_most_voted_fill_the_seats() {
    assertEquals(new Seats(Set.of(0, 2), false), Seats.of(List.of(9L, 3L, 7L, 1L), 2));
  }

  @Test
  void a_tie_for_the_last_seat_elects_none_of_the_tied() {
    assertEquals(new Seats(Set.of(0), true), Seats.of(List.of(9L, 5L, 5L, 1L), 2));
  }

  @Test
  void a_tie_above_the_last_seat_is_no_tie() {
    assertEquals(new Seats(Set.of(0, 1, 2), false), Seats.of(List.of(5L, 5L, 4L, 1L), 3));
  }

  @Test
  void nobody_is_elected_without_a_vote() {
    assertEquals(new Seats(Set.of(1), false), Seats.of(List.of(0L, 2L), 2));
    assertEquals(new Seats(Set.of(), false), Seats.of(List.of(), 5));
  }
}
