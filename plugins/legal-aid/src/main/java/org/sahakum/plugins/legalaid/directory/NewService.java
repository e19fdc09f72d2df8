package org.sahakum.plugins.legalaid.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sahakum.api.Places;

/**
 * The body of {@code POST services}: a service the organisation refers clients to. A new service
 * is active.
 *
 * @param name the service's name, e.g. the NGO or the legal clinic
 * @param serviceKind one of {@link Service#KINDS}
 * @param area where it works, one of {@link Places#ALL}
 * @param phone how to reach it, or null
 */
public record NewService(
    @NotBlank @Size(max = 120) String name,
    @NotNull @Pattern(regexp = Service.KINDS, message = Service.KINDS_MESSAGE) String serviceKind,
    @NotNull @Pattern(regexp = Places.ALL, message = Places.MESSAGE) String area,
    @Pattern(regexp = ServiceChange.PHONE, message = ServiceChange.PHONE_MESSAGE) String phone) {}
