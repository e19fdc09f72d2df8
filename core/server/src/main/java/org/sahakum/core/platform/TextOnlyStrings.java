package org.sahakum.core.platform;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * A text field takes JSON text only. JSON-B would otherwise read {@code 12345} or {@code true}
 * into a string field, and an ill-typed body would pass as if it were right.
 */
public class TextOnlyStrings implements JsonbDeserializer<String> {

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
    JsonValue value = parser.getValue();
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(value instanceof JsonString text)) {
      throw new JsonbException("a text field was given " + value.getValueType().name().toLowerCase() + " instead of text");
    }
    return text.getString();
  }
}
