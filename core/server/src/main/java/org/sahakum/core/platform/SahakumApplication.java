package org.sahakum.core.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** All REST calls live under {@code /api}. */
@ApplicationPath("/api")
public class SahakumApplication extends Application {}
