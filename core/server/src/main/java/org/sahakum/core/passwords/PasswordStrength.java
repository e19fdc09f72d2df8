package org.sahakum.core.passwords;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Judges a new password with zxcvbn (its own dictionaries of common passwords, words and names,
 * keyboard patterns, dates, sequences) and with the words an attacker knows of this account: the
 * login name, the group's short name and the organisation's names. A password passes when zxcvbn
 * rates it at least {@link #MIN_SCORE} (about 10^8 guesses) both as it is and with those words
 * taken out, so a known name never carries a password.
 */
public final class PasswordStrength {
  /** zxcvbn's "safely unguessable" score: at least 10^8 guesses. */
  static final int MIN_SCORE = 3;
  /**
   * zxcvbn's time grows steeply with length (12 s for 1,024 random characters); a prefix this long
   * that is strong makes the whole password strong, and it is measured in tens of milliseconds.
   */
  static final int MEASURED_LENGTH = 64;
  private static final int SHORTEST_WORD = 3;
  private static final Zxcvbn ZXCVBN = new Zxcvbn(); // thread-safe, and its dictionaries load once

  private PasswordStrength() {}

  /** Why {@code password} is too weak, or empty when it is strong enough. */
  public static Optional<Weakness> judge(String password, Collection<String> knownWords) {
    String measured = prefix(password);
    List<String> words = knownWords.stream().filter(w -> w != null && w.length() >= SHORTEST_WORD)
        .map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList();
    Strength strength = ZXCVBN.measure(measured, words);
    if (strength.getScore() < MIN_SCORE) {
      return Optional.of(reasonFor(strength));
    }
    String lowered = measured.toLowerCase(Locale.ROOT);
    String rest = without(lowered, words);
    if (rest.length() < lowered.length() && ZXCVBN.measure(rest).getScore() < MIN_SCORE) {
      return Optional.of(Weakness.PERSONAL);
    }
    return Optional.empty();
  }

  private static Weakness reasonFor(Strength strength) {
    boolean personal = false;
    boolean common = false;
    for (Match m : strength.getSequence()) {
      personal |= "user_inputs".equals(m.dictionaryName);
      common |= "passwords".equals(m.dictionaryName);
    }
    return personal ? Weakness.PERSONAL : common ? Weakness.COMMON : Weakness.GUESSABLE;
  }

  /** {@code password} with every known word removed, longest first. */
  private static String without(String password, List<String> words) {
    String rest = password;
    for (String w : words.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
      rest = rest.replace(w, "");
    }
    return rest;
  }

  private static String prefix(String password) {
    if (password.codePointCount(0, password.length()) <= MEASURED_LENGTH) {
      return password;
    }
    return password.substring(0, password.offsetByCodePoints(0, MEASURED_LENGTH));
  }
}
