package org.sahakum.plugins.legalaid.notes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.sahakum.api.TenantOwned;

/** A confidential note on a case. Its text is stored only sealed (see {@link NoteResource}). */
@Entity
@Table(name = "legal_case_note")
public class CaseNote extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private long caseId;

  @Column(name = "sealed_text", nullable = false)
  private byte[] sealedText;

  @Column(name = "author_account_id", nullable = false)
  private long authorAccountId;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  protected CaseNote() {}

  CaseNote(long caseId, byte[] sealedText, long authorAccountId, Instant writtenAt) {
    this.caseId = caseId;
    this.sealedText = sealedText;
    this.authorAccountId = authorAccountId;
    this.writtenAt = writtenAt;
  }

  public Long getId() {
    return id;
  }

  public long getCaseId() {
    return caseId;
  }

  byte[] getSealedText() {
    return sealedText;
  }

  public long getAuthorAccountId() {
    return authorAccountId;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  /** For a key rotation (see {@link SealedNotes}): the value sealed again by {@code reseal}. */
  void resealWith(UnaryOperator<byte[]> reseal) {
    this.sealedText = reseal.apply(sealedText);
  }
}
