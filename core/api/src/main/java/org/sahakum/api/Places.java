package org.sahakum.api;

import java.util.List;

/**
 * Where something happened or where a service is, as modules count it: a khan of Phnom Penh or a
 * province of Cambodia. A fixed list, shared by every module, so that counts by place add up
 * across modules instead of scattering over spellings. A module's UI definition offers it with
 * {@code "optionList": "places"} on an enum field; the core fills in the names.
 */
public final class Places {
  /** Every place code, as a regular expression for Bean Validation. */
  public static final String ALL = "pp-chamkar-morn|pp-daun-penh|pp-prampi-makara|pp-toul-kork|pp-dangkao"
      + "|pp-meanchey|pp-russey-keo|pp-sen-sok|pp-por-senchey|pp-chroy-changvar|pp-prek-pnov|pp-chbar-ampov"
      + "|pp-boeung-keng-kang|pp-kamboul|banteay-meanchey|battambang|kampong-cham|kampong-chhnang"
      + "|kampong-speu|kampong-thom|kampot|kandal|kep|koh-kong|kratie|mondulkiri|oddar-meanchey|pailin"
      + "|preah-sihanouk|preah-vihear|prey-veng|pursat|ratanakiri|siem-reap|stung-treng|svay-rieng|takeo"
      + "|tbong-khmum";

  /** What a client is told when a place is not on the list. */
  public static final String MESSAGE = "must be a khan of Phnom Penh (pp-...) or a province, as listed in the form";

  /**
   * A place and its name.
   *
   * @param code the code stored and counted
   * @param name what people read
   */
  public record Place(String code, LocalizedText name) {}

  /** Every place, Phnom Penh's khans first, in the order a form offers them. */
  public static final List<Place> LIST = List.of(
      place("pp-chamkar-morn", "ខណ្ឌចំការមន", "Khan Chamkar Morn"),
      place("pp-daun-penh", "ខណ្ឌដូនពេញ", "Khan Daun Penh"),
      place("pp-prampi-makara", "ខណ្ឌ៧មករា", "Khan Prampi Makara"),
      place("pp-toul-kork", "ខណ្ឌទួលគោក", "Khan Toul Kork"),
      place("pp-dangkao", "ខណ្ឌដង្កោ", "Khan Dangkao"),
      place("pp-meanchey", "ខណ្ឌមានជ័យ", "Khan Meanchey"),
      place("pp-russey-keo", "ខណ្ឌឫស្សីកែវ", "Khan Russey Keo"),
      place("pp-sen-sok", "ខណ្ឌសែនសុខ", "Khan Sen Sok"),
      place("pp-por-senchey", "ខណ្ឌពោធិ៍សែនជ័យ", "Khan Por Senchey"),
      place("pp-chroy-changvar", "ខណ្ឌជ្រោយចង្វារ", "Khan Chroy Changvar"),
      place("pp-prek-pnov", "ខណ្ឌព្រែកព្នៅ", "Khan Prek Pnov"),
      place("pp-chbar-ampov", "ខណ្ឌច្បារអំពៅ", "Khan Chbar Ampov"),
      place("pp-boeung-keng-kang", "ខណ្ឌបឹងកេងកង", "Khan Boeung Keng Kang"),
      place("pp-kamboul", "ខណ្ឌកំបូល", "Khan Kamboul"),
      place("banteay-meanchey", "ខេត្តបន្ទាយមានជ័យ", "Banteay Meanchey province"),
      place("battambang", "ខេត្តបាត់ដំបង", "Battambang province"),
      place("kampong-cham", "ខេត្តកំពង់ចាម", "Kampong Cham province"),
      place("kampong-chhnang", "ខេត្តកំពង់ឆ្នាំង", "Kampong Chhnang province"),
      place("kampong-speu", "ខេត្តកំពង់ស្ពឺ", "Kampong Speu province"),
      place("kampong-thom", "ខេត្តកំពង់ធំ", "Kampong Thom province"),
      place("kampot", "ខេត្តកំពត", "Kampot province"),
      place("kandal", "ខេត្តកណ្ដាល", "Kandal province"),
      place("kep", "ខេត្តកែប", "Kep province"),
      place("koh-kong", "ខេត្តកោះកុង", "Koh Kong province"),
      place("kratie", "ខេត្តក្រចេះ", "Kratie province"),
      place("mondulkiri", "ខេត្តមណ្ឌលគិរី", "Mondulkiri province"),
      place("oddar-meanchey", "ខេត្តឧត្ដរមានជ័យ", "Oddar Meanchey province"),
      place("pailin", "ខេត្តប៉ៃលិន", "Pailin province"),
      place("preah-sihanouk", "ខេត្តព្រះសីហនុ", "Preah Sihanouk province"),
      place("preah-vihear", "ខេត្តព្រះវិហារ", "Preah Vihear province"),
      place("prey-veng", "ខេត្តព្រៃវែង", "Prey Veng province"),
      place("pursat", "ខេត្តពោធិ៍សាត់", "Pursat province"),
      place("ratanakiri", "ខេត្តរតនគិរី", "Ratanakiri province"),
      place("siem-reap", "ខេត្តសៀមរាប", "Siem Reap province"),
      place("stung-treng", "ខេត្តស្ទឹងត្រែង", "Stung Treng province"),
      place("svay-rieng", "ខេត្តស្វាយរៀង", "Svay Rieng province"),
      place("takeo", "ខេត្តតាកែវ", "Takeo province"),
      place("tbong-khmum", "ខេត្តត្បូងឃ្មុំ", "Tbong Khmum province"));

  private Places() {}

  private static Place place(String code, String km, String en) {
    return new Place(code, LocalizedText.of(km, en));
  }
}
