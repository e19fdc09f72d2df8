package org.sahakum.bench.startupfloor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of the core's tenant table, which every Sahakum database has once the core has started. */
@Entity
@Table(name = "tenant")
public class Tenant {
  @Id Long id;
  String slug;
}
