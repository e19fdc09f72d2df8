package org.sahakum.api;

import java.util.Map;

/**
 * An aggregate a module offers for its organisation's reports, which the organisation may choose
 * to publish to its network (for example members by chapter, cases by type, dues-paying members
 * by month).
 *
 * <p>{@link #count(ModuleContext)} is called in a read-only context at the organisation, and again
 * at each of its chapters, and the core adds the cells up by label (each EntityManager sees that
 * tenant's rows only; the caller may be someone above the wall who holds
 * no permission there: do not check permissions, do not return anything but counts). Each cell
 * counts people or cases; its label is a category, a month or a chapter code, never a name or an
 * id. The core, not the module, suppresses small cells before anyone above the organisation sees
 * them.
 */
public interface Indicator {

  /** In {@link #cellOptions()}: the cells are the organisation's chapters, by slug. */
  String CHAPTER_CELLS = "chapter";

  /** Lower-case id, unique within the module, e.g. {@code cases-by-type}; shown as {@code <module>/<id>}. */
  String id();

  LocalizedText name();

  /** Counts by cell label, in the order to show them. */
  Map<String, Long> count(ModuleContext context);

  /**
   * When the cells are the values of a category (a case type, a status), the name of the enum
   * field in the module's UI definition whose options list them, e.g. {@code caseType}: the core
   * answers each cell with that option's km/en label, so nobody reads a code. Null (the default)
   * when the labels read as they are (a month, {@code 2026-11}, which the app writes in km or en).
   *
   * <p>Several fields may be named, separated by spaces ({@code "mistreatmentKind facilityKind"}),
   * and {@value #CHAPTER_CELLS} stands for the organisation's chapters (cells labelled by a chapter's
   * slug). A label made of words separated by spaces ({@code 2026-11 sti}) is named word by word.
   */
  default String cellOptions() {
    return null;
  }

  /**
   * An indicator named {@code km}/{@code en} whose cells {@code count} answers, named as
   * {@code cellOptions} says ({@link #cellOptions()}; null when they read as they are).
   */
  static Indicator of(String id, String km, String en, String cellOptions,
      java.util.function.Function<ModuleContext, Map<String, Long>> count) {
    LocalizedText name = LocalizedText.of(km, en);
    return new Indicator() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public LocalizedText name() {
        return name;
      }

      @Override
      public Map<String, Long> count(ModuleContext context) {
        return count.apply(context);
      }

      @Override
      public String cellOptions() {
        return cellOptions;
      }
    };
  }
}
