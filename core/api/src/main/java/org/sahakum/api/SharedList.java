package org.sahakum.api;

import java.util.List;
import java.util.Map;

/**
 * A list of places, never of people, that an organisation may share with its network: a directory
 * of health facilities, of drop-in centres. The organisation's admin publishes it
 * ({@code indicator:publish}); the network's admins then see the rows of every organisation that
 * publishes it, as taken at publication and again at the first look of each day.
 *
 * <p>{@link #rows(ModuleContext)} is called in a read-only context at the organisation and at each
 * of its chapters, perhaps on behalf of someone above the wall who holds no permission there: do
 * not check permissions, and return nothing that names, counts or points to a person (no member
 * code, no account, no note, no free text a person typed about someone).
 */
public interface SharedList {

  /** Lower-case id, unique within the module, e.g. {@code facilities}; shown as {@code <module>.<id>}. */
  String id();

  LocalizedText name();

  /** The columns in the order to show them. */
  List<Column> columns();

  /**
   * The rows at this tenant, each keyed by column id; a value is a String, a Number, a Boolean or a
   * List of Strings (the codes of several options). A missing key reads as empty.
   */
  List<Map<String, Object>> rows(ModuleContext context);

  /**
   * A column; {@code options}: when its values are codes, the name of the enum field in the module's
   * UI definition whose options name them (as {@link Indicator#cellOptions()}), else null.
   */
  record Column(String id, LocalizedText heading, String options) {

    public static Column of(String id, LocalizedText heading) {
      return new Column(id, heading, null);
    }
  }
}
