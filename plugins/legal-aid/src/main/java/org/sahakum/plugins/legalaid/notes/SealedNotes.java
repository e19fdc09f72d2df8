package org.sahakum.plugins.legalaid.notes;

import org.sahakum.api.SealedData;
import org.sahakum.api.SealedColumn;

/** The notes' sealed texts, for a key rotation. */
public final class SealedNotes {
  private static final int BATCH = 200;

  private SealedNotes() {}

  public static SealedData store() {
    return new SealedColumn<>("case-notes", CaseNote.class, BATCH, CaseNote::getId,
        n -> NoteResource.purpose(n.getCaseId()), CaseNote::resealWith);
  }
}
