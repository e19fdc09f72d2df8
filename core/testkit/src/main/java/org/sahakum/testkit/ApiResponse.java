package org.sahakum.testkit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpHeaders;

/** A response: status, body and headers, with JSON views of the body. */
public record ApiResponse(int status, String body, HttpHeaders headers) {

  public JsonObject object() {
    try (JsonReader r = Json.createReader(new StringReader(body))) {
      return r.readObject();
    }
  }

  public JsonArray array() {
    try (JsonReader r = Json.createReader(new StringReader(body))) {
      return r.readArray();
    }
  }

  public String contentType() {
    return headers.firstValue("Content-Type").orElse("");
  }

  @Override
  public String toString() {
    return status + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
  }
}
