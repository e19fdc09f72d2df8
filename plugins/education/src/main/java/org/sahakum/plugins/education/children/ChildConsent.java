package org.sahakum.plugins.education.children;

import org.sahakum.api.LocalizedText;

/**
 * The text a guardian agrees to before their child's record is made, and its version. A record
 * names the version its guardian agreed to; a new text gets a new version.
 */
public final class ChildConsent {
  /** The version of the text below. */
  public static final String VERSION = "edu-2026-1";

  public static final LocalizedText TEXT = LocalizedText.of(
      "ខ្ញុំយល់ព្រមឱ្យអង្គការរក្សាទុកឈ្មោះដំបូង ឬឈ្មោះហៅក្រៅរបស់កូនខ្ញុំ ឆ្នាំកំណើត មជ្ឈមណ្ឌល វត្តមាន "
          + "និងស្ថានភាពសិក្សា ដើម្បីជួយកូនខ្ញុំរៀនសូត្រ។ គ្មានរូបថត គ្មាននាមត្រកូល។ ខ្ញុំអាចសុំលុបចោលបានគ្រប់ពេល។",
      "I agree that the organisation keeps my child's first name or nickname, birth year, centre, "
          + "attendance and school status, to help my child learn. No photo, no surname. I can ask for the "
          + "record to be erased at any time.");

  private ChildConsent() {}

  /** The consent as {@code GET consent} answers it. */
  public record View(String version, String km, String en) {}

  public static View view() {
    return new View(VERSION, TEXT.km(), TEXT.en());
  }
}
