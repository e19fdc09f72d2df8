package org.sahakum.plugins.governance.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who fills the seats: the candidates with the most votes. Candidates tied for the last seat are
 * none of them elected, and the tie is said, so that the organisation decides it by its own rules.
 *
 * @param elected the positions (in the ballot's order) of the elected candidates
 * @param tie whether candidates tie for the last seat
 */
record Seats(Set<Integer> elected, boolean tie) {

  static Seats of(List<Long> votes, int seats) {
    if (seats == 0 || votes.isEmpty()) {
      return new Seats(Set.of(), false);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < votes.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> votes.get(i)).reversed());
    if (order.size() <= seats) {
      return new Seats(new TreeSet<>(order.stream().filter(i -> votes.get(i) > 0).toList()), false);
    }
    long last = votes.get(order.get(seats - 1));
    boolean tie = votes.get(order.get(seats)) == last;
    Set<Integer> elected = new TreeSet<>();
    for (int i : order) {
      long v = votes.get(i);
      if (v > last || (!tie && v == last && elected.size() < seats)) {
        elected.add(i);
      }
    }
    elected.removeIf(i -> votes.get(i) == 0);
    return new Seats(elected, tie && last > 0);
  }
}
