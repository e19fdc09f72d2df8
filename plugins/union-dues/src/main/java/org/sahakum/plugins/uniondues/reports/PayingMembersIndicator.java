package org.sahakum.plugins.uniondues.reports;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sahakum.api.Indicator;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.uniondues.Months;
import org.sahakum.plugins.uniondues.ledger.EntryKind;

/**
 * {@code union-dues.paying-members-by-month}: for each of the last {@value #MONTHS} months (the
 * month a payment was for), how many members paid dues for it, payments that were reversed left
 * out. A count of people, never an amount, so that the core's small-cell rule applies.
 */
public class PayingMembersIndicator implements Indicator {
  static final int MONTHS = 6;

  @Override
  public String id() {
    return "paying-members-by-month";
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("សមាជិកដែលបានបង់ភាគទាន តាមខែ", "Members who paid dues, by month");
  }

  @Override
  public Map<String, Long> count(ModuleContext context) {
    int last = Months.index(LocalDate.now(context.clock()));
    Map<String, Long> cells = new LinkedHashMap<>();
    for (int m = last - MONTHS + 1; m <= last; m++) {
      cells.put(Months.label(m), 0L);
    }
    for (Object[] row : context.entityManager().createQuery("SELECT e.paidMonth, COUNT(DISTINCT e.enrolment.id) "
            + "FROM LedgerEntry e WHERE e.kind = :payment AND e.paidMonth BETWEEN :f AND :t AND NOT EXISTS "
            + "(SELECT r.id FROM LedgerEntry r WHERE r.reversesId = e.id) GROUP BY e.paidMonth", Object[].class)
        .setParameter("payment", EntryKind.PAYMENT).setParameter("f", last - MONTHS + 1).setParameter("t", last)
        .getResultList()) {
      cells.put(Months.label(((Number) row[0]).intValue()), ((Number) row[1]).longValue());
    }
    return cells;
  }
}
