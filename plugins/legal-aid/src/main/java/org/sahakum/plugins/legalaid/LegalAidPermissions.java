package org.sahakum.plugins.legalaid;

import java.util.List;
import java.util.Set;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.PermissionDefinition;

/**
 * What the legal-aid module lets roles do, and which roles of a fresh organisation hold each
 * permission. The role {@code admin} holds every permission through {@code *} and is not listed.
 */
public final class LegalAidPermissions {

  public static final String CASE_READ = "legal:case:read";
  public static final String CASE_WRITE = "legal:case:write";
  public static final String CASE_ASSIGN = "legal:case:assign";
  public static final String NOTES_READ = "legal:notes:read";
  public static final String VIOLATION_READ = "legal:violation:read";
  public static final String VIOLATION_WRITE = "legal:violation:write";
  public static final String REPORT_READ = "legal:report:read";

  private static final String PARALEGAL = "paralegal";
  private static final String ORGANISER = "organiser";

  /** Every permission the module declares, in the order an admin screen shows them. */
  public static final List<PermissionDefinition> ALL = List.of(
      permission(CASE_READ,
          "មើលករណីជំនួយផ្លូវច្បាប់",
          "See legal-aid cases",
          PARALEGAL, ORGANISER),
      permission(CASE_WRITE,
          "បើក និងកែប្រែករណីជំនួយផ្លូវច្បាប់",
          "Open and update legal-aid cases",
          PARALEGAL),
      permission(CASE_ASSIGN,
          "ចាត់តាំងករណីទៅអ្នកជំនួយការផ្នែកច្បាប់",
          "Assign cases to paralegals",
          ORGANISER),
      permission(NOTES_READ,
          "អានកំណត់ត្រាសម្ងាត់នៃករណី (រាល់ការអានត្រូវបានកត់ត្រា)",
          "Read a case's confidential notes (every read is audited)",
          PARALEGAL),
      permission(VIOLATION_READ,
          "មើលរបាយការណ៍ការរំលោភសិទ្ធិ",
          "See reports of rights violations",
          PARALEGAL, ORGANISER),
      permission(VIOLATION_WRITE,
          "កត់ត្រាការរំលោភសិទ្ធិ",
          "Record rights violations",
          PARALEGAL),
      permission(REPORT_READ,
          "មើលរបាយការណ៍សរុបនៃជំនួយផ្លូវច្បាប់",
          "See legal-aid summary reports",
          ORGANISER));

  private LegalAidPermissions() {}

  private static PermissionDefinition permission(String name, String km, String en, String... roles) {
    return new PermissionDefinition(name, LocalizedText.of(km, en), Set.of(roles));
  }
}
