package org.sahakum.core.passwords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PasswordStrengthTest {
  /** What an attacker knows of an account "sokha" at WNU's Daun Penh chapter. */
  private static final List<String> KNOWN = PasswordPolicy.wordsOf(List.of("sokha", "wnu-daun-penh", "Daun Penh",
      "ដូនពេញ", "wnu", "Women's Network for Unity", "សម្ព័ន្ធស្ត្រីដើម្បីឯកភាព"));

  @ParameterizedTest
  @ValueSource(strings = {"password1234", "Password123!", "123456789012", "qwertyuiop123", "iloveyou2024",
      "1q2w3e4r5t6y", "qwertyuiopas"})
  void refuses_the_passwords_people_use_most(String password) {
    assertEquals(Optional.of(Weakness.COMMON), PasswordStrength.judge(password, KNOWN));
  }

  @ParameterizedTest
  @ValueSource(strings = {"aaaaaaaaaaaa", "abcdefghijkl", "zyxwvutsrqpo"})
  void refuses_patterns_and_sequences(String password) {
    assertEquals(Optional.of(Weakness.GUESSABLE), PasswordStrength.judge(password, KNOWN));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sokha2024sokha", "wnu-sokha-2024!", "WomensNetwork2024", "unity-network-wnu", "DaunPenh-sokha1",
      "wnu-daun-penh-2026", "ដូនពេញ2024ដូនពេញ"})
  void refuses_passwords_made_from_the_login_or_the_group(String password) {
    assertEquals(Optional.of(Weakness.PERSONAL), PasswordStrength.judge(password, KNOWN));
  }

  @ParameterizedTest
  @ValueSource(strings = {"correct horse battery staple", "long enough password", "hP3kZ9wQ2mX7vL4n",
      "rice river motorbike lantern", "ផ្កាឈូកនៅមាត់ទន្លេ២០២៤"})
  void lets_strong_passwords_pass(String password) {
    assertEquals(Optional.empty(), PasswordStrength.judge(password, KNOWN));
  }

  @Test
  void a_name_inside_a_strong_password_does_not_sink_it() {
    assertEquals(Optional.empty(), PasswordStrength.judge("sokha rides a purple motorbike", KNOWN));
  }

  @Test
  void a_long_password_is_judged_quickly() {
    String longest = "x7#Kq!".repeat(170) + "abcd";
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> PasswordStrength.judge(longest, KNOWN));
    assertEquals(Optional.empty(), PasswordStrength.judge(longest, KNOWN));
  }
}
