package org.sahakum.core.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sahakum.api.TenantRef;

/** A node of the tenant tree. */
@Entity
@Table(name = "tenant")
public class Tenant {

  public static final long PLATFORM_ID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "parent_id")
  private Long parentId;

  private String slug;
  private String type;
  private String status;

  @Column(name = "name_km")
  private String nameKm;

  @Column(name = "name_en")
  private String nameEn;

  @Column(name = "created_at")
  private Instant createdAt;

  /** Short code used in member codes, e.g. {@code WNU} or {@code SR}. */
  private String code;

  protected Tenant() {}

  public Tenant(Tenant parent, String slug, TenantType type, String nameKm, String nameEn, Instant now) {
    this.parentId = parent.getId();
    this.slug = slug;
    this.type = type.code();
    this.status = "active";
    this.nameKm = nameKm;
    this.nameEn = nameEn;
    this.createdAt = now;
    this.code = defaultCode(parent, slug, type);
  }

  /** As the other constructor, with a code chosen by the caller (a tenant definition names it). */
  public Tenant(Tenant parent, String slug, TenantType type, String nameKm, String nameEn, String code, Instant now) {
    this(parent, slug, type, nameKm, nameEn, now);
    this.code = code;
  }

  /** An organisation's code is its slug in capitals; a chapter's, the initials of its own words. */
  static String defaultCode(Tenant parent, String slug, TenantType type) {
    String own = type == TenantType.CHAPTER && slug.startsWith(parent.getSlug() + "-")
        ? slug.substring(parent.getSlug().length() + 1) : slug;
    if (type == TenantType.CHAPTER) {
      StringBuilder initials = new StringBuilder();
      for (String word : own.split("-")) {
        initials.append(word.charAt(0));
      }
      own = initials.length() >= 2 ? initials.toString() : own;
    }
    String code = own.replace("-", "").toUpperCase(java.util.Locale.ROOT);
    return code.length() > 8 ? code.substring(0, 8) : code;
  }

  public String getCode() {
    return code == null ? slug.toUpperCase(java.util.Locale.ROOT) : code;
  }

  public Long getId() {
    return id;
  }

  public Long getParentId() {
    return parentId;
  }

  public String getSlug() {
    return slug;
  }

  public TenantType getType() {
    return TenantType.fromCode(type).orElseThrow();
  }

  public String getStatus() {
    return status;
  }

  public boolean isLocked() {
    return "locked".equals(status);
  }

  /** Locks the tenant down (after a raid or a seized phone). */
  public void lock() {
    status = "locked";
  }

  public void unlock() {
    status = "active";
  }

  public boolean isSuspended() {
    return "suspended".equals(status);
  }

  /** Suspends the tenant and, through it, everything below: no logins, no sessions, data kept. */
  public void suspend() {
    if (isLocked()) {
      throw new IllegalStateException("a locked-down tenant is lifted by two admins, not by a suspension");
    }
    status = "suspended";
  }

  public void resume() {
    if (!isSuspended()) {
      throw new IllegalStateException("the tenant is not suspended");
    }
    status = "active";
  }

  public void rename(String nameKm, String nameEn) {
    this.nameKm = nameKm;
    this.nameEn = nameEn;
  }

  public String getNameKm() {
    return nameKm;
  }

  public String getNameEn() {
    return nameEn;
  }

  public TenantRef ref() {
    return new TenantRef(id, slug, type);
  }
}
