package org.sahakum.core.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** JSON-B that refuses unknown fields, so a typo or an injected field never passes silently. */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {
  private final Jsonb jsonb = JsonbBuilder.create(
      new JsonbConfig().setProperty("jsonb.fail-on-unknown-properties", true));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
