package org.sahakum.core.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The current consent text, in Khmer and English, with its version; no login needed to read it. */
@ApplicationScoped
@Path("consent")
public class Consent {
  private final JsonObject current = load();

  /** The consent as shown. */
  public record ConsentText(String version, String km, String en) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public ConsentText current() {
    return new ConsentText(version(), current.getString("km"), current.getString("en"));
  }

  String version() {
    return current.getString("version");
  }

  private static JsonObject load() {
    try (InputStream in = Consent.class.getResourceAsStream("/consent/current.json");
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
