package org.sahakum.core.auth;

import org.apache.shiro.authc.UsernamePasswordToken;

/** Username and password within one tenant; {@code tenantId} is null when the slug is unknown. */
public class TenantLoginToken extends UsernamePasswordToken {
  private final Long tenantId;

  public TenantLoginToken(Long tenantId, String username, String password) {
    super(username, password, false);
    this.tenantId = tenantId;
  }

  public Long tenantId() {
    return tenantId;
  }
}
