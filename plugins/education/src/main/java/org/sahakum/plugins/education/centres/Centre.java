package org.sahakum.plugins.education.centres;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sahakum.api.TenantOwned;

/** A drop-in centre where classes are held, run by the organisation or by one of its chapters. */
@Entity
@Table(name = "edu_centre")
public class Centre extends TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Column(name = "chapter_slug")
  private String chapterSlug;

  @Column
  private String place;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Centre() {}

  public Centre(String name, String chapterSlug, String place, Instant createdAt) {
    this.name = name;
    this.chapterSlug = chapterSlug;
    this.place = place;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getChapterSlug() {
    return chapterSlug;
  }

  public String getPlace() {
    return place;
  }
}
