package org.sahakum.plugins.legalaid.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.sahakum.api.TenantOwned;

/**
 * One legal-aid case of a tenant. The tenant column is the persistence layer's business (see
 * {@link TenantOwned}); the module never sees it.
 */
@Entity
@Table(name = "legal_case")
public class LegalCase extends TenantOwned {

  /** The kinds of case, as a regular expression for Bean Validation. */
  public static final String CASE_TYPES = "consultation|court|detention|labour|family|other";

  /** Whether the client is a member of the organisation. */
  public static final String CLIENT_KINDS = "member|non-member";

  /** Where a case stands. */
  public static final String STATUSES = "open|in-progress|closed";

  static final String OPEN = "open";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_type", nullable = false, length = 32)
  private String caseType;

  @Column(name = "client_kind", nullable = false, length = 16)
  private String clientKind;

  @Column(name = "status", nullable = false, length = 16)
  private String status;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  protected LegalCase() {}

  /** A new case, open from {@code openedAt}. */
  public LegalCase(String caseType, String clientKind, Instant openedAt) {
    this.caseType = Objects.requireNonNull(caseType, "caseType");
    this.clientKind = Objects.requireNonNull(clientKind, "clientKind");
    this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
    this.status = OPEN;
  }

  public Long getId() {
    return id;
  }

  public String getCaseType() {
    return caseType;
  }

  public String getClientKind() {
    return clientKind;
  }

  public String getStatus() {
    return status;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }
}
