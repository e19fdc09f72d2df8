package org.sahakum.plugins.organising.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST events/{id}/attendance}: a member who came, by code. */
public record NewAttendance(@NotBlank @Size(max = 40) String memberCode) {}
