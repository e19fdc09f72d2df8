package org.sahakum.api;

import java.util.List;
import java.util.Optional;

/**
 * What a module holds about one member, in a few lines, for the member's page: the core gathers
 * one from each module the tenant has switched on (see {@link SahakumModule#memberSummary}), so
 * the page shows the person's whole relationship with the organisation in one place.
 *
 * <p>The module answers in its own context at the page's tenant, without a transaction (a read).
 * It checks its own permission through {@link Caller#isPermitted} and answers empty when the
 * caller may not see what it holds, or when it holds nothing about the member; it audits its read
 * as it audits its own lists. Lines carry counts and standings, never sealed values or notes.
 */
public interface MemberSummary {

  /** The summary of member {@code memberId} (a member the page's tenant holds), or empty. */
  Optional<Summary> about(long memberId);

  /**
   * @param title what the module holds, e.g. "Legal aid cases"
   * @param lines label and value pairs, at most 8
   * @param view the id of the module's view (in its UI definition) that shows more, or null
   */
  record Summary(LocalizedText title, List<Line> lines, String view) {
    public Summary {
      lines = List.copyOf(lines);
      if (lines.size() > 8) {
        throw new IllegalArgumentException("a member summary has at most 8 lines");
      }
    }
  }

  /**
   * One line: a label and its value, both in Khmer and English (a count is the same digits in both;
   * the web app writes them in the person's numerals).
   */
  record Line(LocalizedText label, LocalizedText value) {}
}
