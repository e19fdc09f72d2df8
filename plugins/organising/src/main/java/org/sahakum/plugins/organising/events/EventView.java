package org.sahakum.plugins.organising.events;

import java.time.LocalDate;
import java.util.Map;
import org.sahakum.plugins.organising.stock.MaterialText;
import org.sahakum.plugins.organising.stock.Materials;

/** An event as the API answers it: members attending by count here (by code on its attendance list). */
public record EventView(long id, String eventKind, LocalDate heldOn, String place, String partners, Long campaignId,
    int membersCount, int othersCount, int maleCondoms, int femaleCondoms, int lubricant, int leaflets, int booklets,
    int posters) {

  static EventView of(OrgEvent e) {
    Map<String, Integer> m = MaterialText.decode(e.getMaterials());
    return new EventView(e.getId(), e.getKind(), e.getHeldOn(), e.getPlace(), e.getPartners(), e.getCampaignId(),
        e.getMembersCount(), e.getOthersCount(), Materials.of(m, "male-condoms"), Materials.of(m, "female-condoms"),
        Materials.of(m, "lubricant"), Materials.of(m, "leaflets"), Materials.of(m, "booklets"), Materials.of(m, "posters"));
  }
}
