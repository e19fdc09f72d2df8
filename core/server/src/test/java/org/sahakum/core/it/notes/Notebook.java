package org.sahakum.core.it.notes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.List;
import org.sahakum.api.TenantOwned;

/** A notebook: the "one" side of a join. */
@Entity
@Table(name = "notes_notebook")
public class Notebook extends TenantOwned {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String title;

  @OneToMany(mappedBy = "notebook")
  public List<Note> notes;
}
