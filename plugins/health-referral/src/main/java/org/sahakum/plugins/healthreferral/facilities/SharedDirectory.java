package org.sahakum.plugins.healthreferral.facilities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.SharedList;

/**
 * The facility directory as an organisation may share it with its network: the places in use, what
 * they offer and what they cost. Never a referral, a rating or anything about a person.
 */
public final class SharedDirectory implements SharedList {

  @Override
  public String id() {
    return "facilities";
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("បញ្ជីកន្លែងសេវាសុខភាព", "Health facility directory");
  }

  @Override
  public List<Column> columns() {
    return List.of(
        Column.of("nameKm", LocalizedText.of("ឈ្មោះ (ខ្មែរ)", "Name (Khmer)")),
        Column.of("nameEn", LocalizedText.of("ឈ្មោះ (អង់គ្លេស)", "Name (English)")),
        new Column("facilityKind", LocalizedText.of("ប្រភេទ", "Kind"), "facilityKind"),
        new Column("place", LocalizedText.of("ខណ្ឌ ឬខេត្ត", "Khan or province"), "place"),
        new Column("services", LocalizedText.of("សេវា", "Services"), "category"),
        new Column("payment", LocalizedText.of("ការបង់ប្រាក់", "Payment"), "payment"),
        Column.of("feeRiel", LocalizedText.of("តម្លៃ (រៀល)", "Fee (riel)")),
        Column.of("hours", LocalizedText.of("ម៉ោងបើក", "Hours")),
        Column.of("phone", LocalizedText.of("ទូរស័ព្ទ", "Phone")));
  }

  @Override
  public List<Map<String, Object>> rows(ModuleContext context) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Facility f : context.entityManager()
        .createQuery("SELECT f FROM Facility f WHERE f.active = true ORDER BY f.place, f.nameEn", Facility.class)
        .getResultList()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("nameKm", f.getNameKm());
      row.put("nameEn", f.getNameEn());
      row.put("facilityKind", f.getKind());
      row.put("place", f.getPlace());
      row.put("services", List.copyOf(f.getServices()));
      row.put("payment", f.getPayment());
      row.put("feeRiel", f.getFeeRiel());
      row.put("hours", f.getHours());
      row.put("phone", f.getPhone());
      rows.add(row);
    }
    return rows;
  }
}
