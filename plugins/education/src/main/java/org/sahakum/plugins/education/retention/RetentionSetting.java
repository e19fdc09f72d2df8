package org.sahakum.plugins.education.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.sahakum.api.TenantOwned;

/** The organisation's retention period: months without activity after which a child's record is anonymised. */
@Entity
@Table(name = "edu_setting")
public class RetentionSetting extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "retention_months", nullable = false)
  private int retentionMonths;

  protected RetentionSetting() {}

  RetentionSetting(int months) {
    this.retentionMonths = months;
  }

  int getRetentionMonths() {
    return retentionMonths;
  }

  void setRetentionMonths(int months) {
    this.retentionMonths = months;
  }
}
