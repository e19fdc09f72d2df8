package org.sahakum.plugins.legalaid.attachments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.sahakum.api.TenantOwned;

/**
 * A file on a case (a charge sheet, a photo of an injury), stored only sealed. No file name is
 * kept: names of files tend to carry the names of people.
 */
@Entity
@Table(name = "legal_case_attachment")
public class CaseAttachment extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private long caseId;

  @Column(name = "media_type", nullable = false, length = 32)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private int sizeBytes;

  @Column(name = "sealed_content", nullable = false)
  private byte[] sealedContent;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected CaseAttachment() {}

  CaseAttachment(long caseId, String mediaType, int sizeBytes, byte[] sealedContent, Instant uploadedAt) {
    this.caseId = caseId;
    this.mediaType = mediaType;
    this.sizeBytes = sizeBytes;
    this.sealedContent = sealedContent;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public long getCaseId() {
    return caseId;
  }

  public String getMediaType() {
    return mediaType;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  byte[] getSealedContent() {
    return sealedContent;
  }

  /** For a key rotation (see {@link SealedAttachments}): the value sealed again by {@code reseal}. */
  void resealWith(UnaryOperator<byte[]> reseal) {
    this.sealedContent = reseal.apply(sealedContent);
  }
}
