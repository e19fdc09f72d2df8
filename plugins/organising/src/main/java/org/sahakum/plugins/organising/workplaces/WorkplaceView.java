package org.sahakum.plugins.organising.workplaces;

/** A workplace as the API answers it. */
public record WorkplaceView(long id, String label, String workplaceKind, String place, String sangkat,
    String ownerAttitude, String raidFrequency, boolean active) {

  public static WorkplaceView of(Workplace w) {
    return new WorkplaceView(w.getId(), w.getLabel(), w.getKind(), w.getPlace(), w.getSangkat(), w.getOwnerAttitude(),
        w.getRaidFrequency(), w.isActive());
  }
}
