package org.sahakum.core.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B that refuses unknown fields and ill-typed text, so a typo, an injected field or a number
 * where a name belongs never passes silently.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {
  /** One for the whole application: built (and warmed by {@link WarmUp}) once, not per resolver instance. */
  static final Jsonb JSONB = JsonbBuilder.create(
      new JsonbConfig().setProperty("jsonb.fail-on-unknown-properties", true)
          .withDeserializers(new TextOnlyStrings(), new YesNoOnly()));

  /** The same JSON-B the answers are written with, for code outside JAX-RS's writers (a stored answer). */
  public static Jsonb jsonb() {
    return JSONB;
  }

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
