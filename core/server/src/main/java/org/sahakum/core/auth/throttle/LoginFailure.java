package org.sahakum.core.auth.throttle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed login, under hashes of its login, of its login and address, and of its address. */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "name_key")
  private String loginKey;

  @Column(name = "pair_key")
  private String pairKey;

  @Column(name = "address_key")
  private String addressKey;

  private Instant at;

  protected LoginFailure() {}

  LoginFailure(FailureStore.Keys keys, Instant at) {
    this.loginKey = keys.login();
    this.pairKey = keys.pair();
    this.addressKey = keys.address();
    this.at = at;
  }

  Instant at() {
    return at;
  }
}
