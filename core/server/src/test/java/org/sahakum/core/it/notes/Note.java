package org.sahakum.core.it.notes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.sahakum.api.TenantOwned;

/** A note in a notebook. */
@Entity
@Table(name = "notes_note")
public class Note extends TenantOwned {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String text;

  public boolean archived;

  /** The member the note is about, if any: the core's id, never a name. */
  @Column(name = "member_id")
  public Long memberId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "notebook_id")
  public Notebook notebook;
}
