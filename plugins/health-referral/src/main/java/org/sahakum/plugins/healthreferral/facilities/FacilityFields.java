package org.sahakum.plugins.healthreferral.facilities;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a facility's forms send: its names, kind, place, payment policy, hours and phone, and one
 * tick per service (a form cannot send a set).
 */
public interface FacilityFields {
  String nameKm();

  String nameEn();

  String facilityKind();

  default String kind() {
    return facilityKind();
  }

  String place();

  Boolean hivTesting();

  Boolean hivTreatment();

  Boolean sti();

  Boolean familyPlanningSrh();

  Boolean maternalCare();

  Boolean tb();

  Boolean childHealth();

  Boolean mentalHealth();

  Boolean general();

  String payment();

  Long feeRiel();

  String hours();

  String phone();

  /** The ticked services, as categories of {@link Services#ALL}. */
  default Set<String> services() {
    Boolean[] ticks = {hivTesting(), hivTreatment(), sti(), familyPlanningSrh(), maternalCare(), tb(), childHealth(),
        mentalHealth(), general()};
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < ticks.length; i++) {
      if (Boolean.TRUE.equals(ticks[i])) {
        out.add(Services.ALL.get(i));
      }
    }
    return out;
  }

  /** A low fee names its amount; the form is refused with 422 otherwise. */
  default String flaw() {
    if (services().isEmpty()) {
      return "Tick at least one service the facility offers.";
    }
    if ("low-fee".equals(payment()) && feeRiel() == null) {
      return "feeRiel: a low fee needs its amount in riel.";
    }
    return null;
  }
}
