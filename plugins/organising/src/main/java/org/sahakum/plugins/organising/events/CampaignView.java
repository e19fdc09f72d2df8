package org.sahakum.plugins.organising.events;

import java.time.LocalDate;

/** A campaign with what its events add up to: how many, who attended, materials given. */
public record CampaignView(long id, String nameKm, String nameEn, LocalDate startsOn, LocalDate endsOn, long events,
    long attendance, long materialsGiven) {}
