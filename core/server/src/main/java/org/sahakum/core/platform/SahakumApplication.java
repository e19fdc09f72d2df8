package org.sahakum.core.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** All REST calls live under {@code /api}. */
@ApplicationPath("/api")
public class SahakumApplication extends Application {

  /** No generated API description for anonymous callers: the endpoint list is the operator's alone. */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
