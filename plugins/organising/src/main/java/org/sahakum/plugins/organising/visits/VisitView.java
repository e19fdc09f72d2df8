package org.sahakum.plugins.organising.visits;

import java.time.LocalDate;
import java.util.Map;
import org.sahakum.plugins.organising.stock.MaterialText;
import org.sahakum.plugins.organising.stock.Materials;

/** A visit as the API answers it: counts, materials by kind, the problems heard. */
public record VisitView(long id, LocalDate visitedOn, Long workplaceId, String place, int membersNew,
    int membersReturning, int othersNew, int othersReturning, int peopleReached, int invitedToJoin, int maleCondoms,
    int femaleCondoms, int lubricant, int leaflets, int booklets, int posters, boolean raids, boolean violence,
    boolean unpaidWages, boolean health) {

  public static VisitView of(Visit v) {
    Map<String, Integer> m = MaterialText.decode(v.getMaterials());
    return new VisitView(v.getId(), v.getVisitedOn(), v.getWorkplaceId(), v.getPlace(), v.getMembersNew(),
        v.getMembersReturning(), v.getOthersNew(), v.getOthersReturning(),
        v.getMembersNew() + v.getMembersReturning() + v.getOthersNew() + v.getOthersReturning(), v.getInvited(),
        Materials.of(m, "male-condoms"), Materials.of(m, "female-condoms"), Materials.of(m, "lubricant"),
        Materials.of(m, "leaflets"), Materials.of(m, "booklets"), Materials.of(m, "posters"), v.isRaids(),
        v.isViolence(), v.isUnpaidWages(), v.isHealth());
  }
}
