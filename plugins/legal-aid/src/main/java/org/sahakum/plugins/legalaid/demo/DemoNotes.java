package org.sahakum.plugins.legalaid.demo;

import java.util.Random;

/**
 * The texts of demo case notes: plainly invented, generic, in Khmer and English, each saying it is
 * demo text, so no one could take one for a real person's note.
 */
final class DemoNotes {
  private static final String[] TEXTS = {
      "[DEMO – fictional] Client came to the office; options explained; next visit agreed.\n"
          + "[សាកល្បង – ប្រឌិត] អតិថិជនបានមកការិយាល័យ; បានពន្យល់ជម្រើស; បានកំណត់ការជួបលើកក្រោយ។",
      "[DEMO – fictional] Documents checked; paralegal to follow up by phone.\n"
          + "[សាកល្បង – ប្រឌិត] បានពិនិត្យឯកសារ; អ្នកជំនួយការច្បាប់នឹងតាមដានតាមទូរស័ព្ទ។",
      "[DEMO – fictional] Hearing prepared with the client; lawyer informed.\n"
          + "[សាកល្បង – ប្រឌិត] បានរៀបចំសវនាការជាមួយអតិថិជន; បានជូនដំណឹងដល់មេធាវី។",
      "[DEMO – fictional] Visit at the place of detention; needs noted; family informed with consent.\n"
          + "[សាកល្បង – ប្រឌិត] បានទៅសួរសុខទុក្ខនៅកន្លែងឃុំខ្លួន; បានកត់ត្រាតម្រូវការ; បានជូនដំណឹងគ្រួសារដោយមានការយល់ព្រម។"};

  private DemoNotes() {}

  static String pick(Random r) {
    return TEXTS[r.nextInt(TEXTS.length)];
  }
}
