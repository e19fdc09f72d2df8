package org.sahakum.core.it.notes;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/** A module looking the core's DataSource up in JNDI, as plain code would: apart, so a refused link fails only here. */
public final class JndiProbe {
  static final String NAME = "java:app/jdbc/sahakum";

  private JndiProbe() {}

  static Object coreDataSource() throws NamingException {
    return new InitialContext().lookup(NAME);
  }
}
