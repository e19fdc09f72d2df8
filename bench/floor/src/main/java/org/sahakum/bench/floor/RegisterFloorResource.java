package org.sahakum.bench.floor;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * {@code GET /bench-floor/register/{org}?limit=50}: the first page of an organisation's register
 * as the core's {@code GET /api/t/{org}/members?limit=50} answers it (the same two statements the
 * core's JPA queries become: the page with its chapters' names, then the count; the same JSON
 * with the same {@code X-Total-Count}), written straight from the result set.
 */
@Path("register/{org}")
@ApplicationScoped
public class RegisterFloorResource {
  private static final String PAGE = "SELECT m.id, m.member_code, m.working_name, c.slug, c.name_km, c.name_en, "
      + "m.status, m.created_at FROM member m LEFT JOIN tenant c ON c.id = m.chapter_id "
      + "WHERE m.org_id = ? AND m.status <> 'erased' ORDER BY m.id DESC LIMIT ?";
  private static final String COUNT = "SELECT COUNT(m.id) FROM member m WHERE m.org_id = ? AND m.status <> 'erased'";
  private static final String ORG = "SELECT id FROM tenant WHERE slug = ? AND type = 'organisation'";

  @Resource(lookup = FloorApplication.DATA_SOURCE) DataSource db;

  /** Slugs to ids, as the core keeps its tenants in memory. */
  private final ConcurrentHashMap<String, Long> orgs = new ConcurrentHashMap<>();

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response firstPage(@PathParam("org") String slug, @QueryParam("limit") @DefaultValue("50") int limit)
      throws SQLException {
    try (Connection c = db.getConnection()) {
      long org = orgId(c, slug);
      ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
      int rows = 0;
      try (PreparedStatement page = c.prepareStatement(PAGE)) {
        page.setLong(1, org);
        page.setInt(2, Math.max(1, Math.min(200, limit)));
        try (ResultSet r = page.executeQuery(); JsonGenerator json = Json.createGenerator(body)) {
          json.writeStartArray();
          while (r.next()) {
            write(json, r);
            rows++;
          }
          json.writeEnd();
        }
      }
      long total = rows;
      if (rows == limit) {
        try (PreparedStatement count = c.prepareStatement(COUNT)) {
          count.setLong(1, org);
          try (ResultSet r = count.executeQuery()) {
            r.next();
            total = r.getLong(1);
          }
        }
      }
      return Response.ok(body.toByteArray()).header("X-Total-Count", total).build();
    }
  }

  /** One member, with the names and order of the core's JSON (its properties sorted, nulls left out). */
  private static void write(JsonGenerator json, ResultSet r) throws SQLException {
    json.writeStartObject();
    String chapter = r.getString(4);
    if (chapter != null) {
      json.write("chapter", chapter);
      json.writeStartObject("chapterNames").write("en", r.getString(6)).write("km", r.getString(5)).writeEnd();
    }
    Timestamp created = r.getTimestamp(8);
    json.write("createdAt", created.toInstant().toString());
    json.write("id", r.getLong(1));
    json.write("memberCode", r.getString(2));
    json.write("status", r.getString(7));
    json.write("workingName", r.getString(3));
    json.writeEnd();
  }

  private long orgId(Connection c, String slug) throws SQLException {
    Long known = orgs.get(slug);
    if (known != null) {
      return known;
    }
    try (PreparedStatement p = c.prepareStatement(ORG)) {
      p.setString(1, slug);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          throw new NotFoundException("No such organisation.");
        }
        orgs.put(slug, r.getLong(1));
        return r.getLong(1);
      }
    }
  }
}
