package org.sahakum.core.members;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A member's register entry as staff correct it: the working name, and the chapter (its slug;
 * null: directly in the organisation). Through a chapter's URL the chapter stays that chapter: a
 * move between chapters is made at the organisation.
 */
public record MemberEdit(
    @NotBlank @Size(max = 100) @Pattern(regexp = NewMember.NO_CONTROL, message = "must not hold control characters")
        String workingName,
    @Size(max = 63) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a chapter's slug") String chapter) {}
