package org.sahakum.plugins.legalaid;

/**
 * Where something happened, as the advocacy report counts it: a khan of Phnom Penh or a province
 * of Cambodia. A fixed list, so that counts by place add up instead of scattering over spellings.
 */
public final class Places {
  /** Every place, as a regular expression for Bean Validation. */
  public static final String ALL = "pp-chamkar-morn|pp-daun-penh|pp-prampi-makara|pp-toul-kork|pp-dangkao"
      + "|pp-meanchey|pp-russey-keo|pp-sen-sok|pp-por-senchey|pp-chroy-changvar|pp-prek-pnov|pp-chbar-ampov"
      + "|pp-boeung-keng-kang|pp-kamboul|banteay-meanchey|battambang|kampong-cham|kampong-chhnang"
      + "|kampong-speu|kampong-thom|kampot|kandal|kep|koh-kong|kratie|mondulkiri|oddar-meanchey|pailin"
      + "|preah-sihanouk|preah-vihear|prey-veng|pursat|ratanakiri|siem-reap|stung-treng|svay-rieng|takeo"
      + "|tbong-khmum";

  /** What a client is told when a place is not on the list. */
  public static final String MESSAGE = "must be a khan of Phnom Penh (pp-...) or a province, as listed in the form";

  private Places() {}
}
