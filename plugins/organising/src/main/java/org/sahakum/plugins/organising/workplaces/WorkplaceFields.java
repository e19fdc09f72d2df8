package org.sahakum.plugins.organising.workplaces;

/** What a new workplace and a change of one both say. */
interface WorkplaceFields {
  String label();

  String workplaceKind();

  String place();

  String sangkat();

  String ownerAttitude();

  String raidFrequency();
}
