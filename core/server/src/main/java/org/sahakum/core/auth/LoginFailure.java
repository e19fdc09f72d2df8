package org.sahakum.core.auth;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed login, under a hash of what it was aimed at (a login name, or an address). */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String subject;
  private Instant at;

  protected LoginFailure() {}

  LoginFailure(String subject, Instant at) {
    this.subject = subject;
    this.at = at;
  }
}
