package org.sahakum.core.platform;

import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * A yes/no field takes JSON {@code true} or {@code false} only. JSON-B would otherwise read the text
 * {@code "yes"} as false, so a garbled "share this" or "consent given" would silently mean no. It applies
 * to {@code Boolean} fields; Yasson reads a primitive {@code boolean} with its own reader, so bodies that
 * must not take text for a yes/no declare {@code Boolean} (with {@code @NotNull} where it is required).
 */
public class YesNoOnly implements JsonbDeserializer<Boolean> {

  @Override
  public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
    JsonValue value = parser.getValue();
    return switch (value.getValueType()) {
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
      default -> throw new JsonbException("a yes/no field was given " + value.getValueType().name().toLowerCase()
          + " instead of true or false");
    };
  }
}
