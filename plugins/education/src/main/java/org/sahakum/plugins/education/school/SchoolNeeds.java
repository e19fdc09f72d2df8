package org.sahakum.plugins.education.school;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code PUT children/{id}/school/needs}: what the way back to school needs.
 *
 * @param documentsNeeded {@code BIRTH_CERTIFICATE}, {@code FAMILY_BOOK}, {@code RESIDENCE_LETTER}
 * @param documentsObtained those of them obtained
 * @param barriers what stands in the way: {@code COST_UNIFORM_MATERIALS}, {@code INFORMAL_FEES},
 *     {@code DOCUMENTS}, {@code DISTANCE}, {@code DISCRIMINATION}, {@code CHILD_WORKS}, {@code SIBLING_CARE}
 */
public record SchoolNeeds(
    @NotNull @Size(max = 3) List<@NotNull @Pattern(regexp = Codes.DOCUMENT, message = "must be a known document") String>
        documentsNeeded,
    @NotNull @Size(max = 3) List<@NotNull @Pattern(regexp = Codes.DOCUMENT, message = "must be a known document") String>
        documentsObtained,
    @NotNull @Size(max = 7) List<@NotNull @Pattern(regexp = Codes.BARRIER, message = "must be a known barrier") String>
        barriers) {}
