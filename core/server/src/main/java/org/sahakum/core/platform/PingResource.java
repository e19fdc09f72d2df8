package org.sahakum.core.platform;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** No login, no database: the reference point for the server's own throughput. */
@Path("ping")
public class PingResource {
  private static final Map<String, Boolean> OK = Map.of("ok", true);

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, Boolean> ping() {
    return OK;
  }
}
