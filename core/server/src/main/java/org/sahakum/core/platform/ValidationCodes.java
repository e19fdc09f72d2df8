package org.sahakum.core.platform;

import jakarta.validation.ConstraintViolation;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Map;

/**
 * The stable code of a Bean Validation failure, from the kind of its constraint, so that the web
 * app can say in Khmer or English what is wrong with the field: {@code required}, {@code too-long},
 * {@code too-short}, {@code too-small}, {@code too-large}, {@code format}, {@code must-be-past},
 * {@code must-be-future}, and {@code invalid} for anything else.
 */
final class ValidationCodes {
  private ValidationCodes() {}

  static String of(ConstraintViolation<?> v) {
    Annotation constraint = v.getConstraintDescriptor().getAnnotation();
    String kind = constraint.annotationType().getSimpleName();
    return switch (kind) {
      case "NotNull", "NotBlank", "NotEmpty" -> "required";
      case "Size" -> size(v.getInvalidValue(), v.getConstraintDescriptor().getAttributes());
      case "Min", "DecimalMin", "Positive", "PositiveOrZero" -> "too-small";
      case "Max", "DecimalMax", "Negative", "NegativeOrZero" -> "too-large";
      case "Pattern", "Email", "Digits" -> "format";
      case "Past", "PastOrPresent" -> "must-be-past";
      case "Future", "FutureOrPresent" -> "must-be-future";
      default -> "invalid";
    };
  }

  private static String size(Object value, Map<String, Object> attributes) {
    int length = value instanceof CharSequence s ? s.length()
        : value instanceof Collection<?> c ? c.size() : value instanceof Map<?, ?> m ? m.size() : -1;
    Object max = attributes.get("max");
    return max instanceof Integer limit && length > limit ? "too-long" : "too-short";
  }
}
