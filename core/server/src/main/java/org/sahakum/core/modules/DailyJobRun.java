package org.sahakum.core.modules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The claim of one module job's run at one organisation on one day. Its primary key is the whole
 * claim, so of several nodes inserting it at once exactly one succeeds and runs the job.
 */
@Entity
@Table(name = "daily_job_run")
@IdClass(DailyJobRun.Key.class)
public class DailyJobRun {

  @Id
  @Column(name = "job", nullable = false)
  private String job;

  @Id
  @Column(name = "tenant_id", nullable = false)
  private long tenantId;

  @Id
  @Column(name = "run_on", nullable = false)
  private LocalDate runOn;

  protected DailyJobRun() {}

  DailyJobRun(String job, long tenantId, LocalDate runOn) {
    this.job = job;
    this.tenantId = tenantId;
    this.runOn = runOn;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private String job;
    private long tenantId;
    private LocalDate runOn;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.job.equals(job) && k.tenantId == tenantId && k.runOn.equals(runOn);
    }

    @Override
    public int hashCode() {
      return Objects.hash(job, tenantId, runOn);
    }
  }
}
