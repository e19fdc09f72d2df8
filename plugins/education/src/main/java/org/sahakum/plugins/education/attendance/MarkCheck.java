package org.sahakum.plugins.education.attendance;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import org.sahakum.plugins.education.attendance.NewSession.Mark;

/**
 * The constraints of a session's marks ({@link NewSession.Mark}), checked in one loop: Bean
 * Validation's cascade over a class of 30 cost a seventh of a submission's CPU
 * (bench/attendance.sh). A mark that breaks one is handed to Bean Validation, so the refusal
 * names the field and its code exactly as a cascaded validation did.
 */
final class MarkCheck {
  private static final Set<String> STATUSES = Set.of(MarkStatus.NAMES.split("\\|"));
  private static volatile Validator validator;

  private MarkCheck() {}

  /** The marks as the cascade saw them, validated only when one of them is refused. */
  record Marks(@NotNull List<@Valid @NotNull Mark> marks) {}

  /** Returns when every mark keeps its constraints; else throws Bean Validation's refusal (400). */
  static void require(List<Mark> marks) {
    for (Mark m : marks) {
      if (m == null || m.childId() == null || m.childId() <= 0 || m.status() == null || !STATUSES.contains(m.status())) {
        Set<ConstraintViolation<Marks>> refused = validator().validate(new Marks(marks));
        if (!refused.isEmpty()) {
          throw new ConstraintViolationException(refused);
        }
      }
    }
  }

  private static Validator validator() {
    Validator v = validator;
    if (v == null) {
      v = Validation.buildDefaultValidatorFactory().getValidator();
      validator = v;
    }
    return v;
  }
}
