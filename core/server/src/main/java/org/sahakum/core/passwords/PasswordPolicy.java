package org.sahakum.core.passwords;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/**
 * The one rule for every password that is set (account creation, an admin invite's acceptance,
 * self-registration, a change): strong enough by {@link PasswordStrength}, and not built from what
 * an attacker knows of the account (its login name, the group's slug, the names of the group and
 * of its organisation).
 */
@ApplicationScoped
public class PasswordPolicy {
  /** Parts of a name shorter than this stay in a password: "for", "of" are no give-away. */
  private static final int SHORTEST_PART = 4;

  @Inject Tenants tenants;

  /** Refuses {@code password} (as the body field {@code field}) for a login {@code username} at {@code tenant}. */
  public void require(String field, String password, String username, Tenant tenant) {
    PasswordStrength.judge(password, knownWords(username, tenant)).ifPresent(w -> {
      throw new PasswordRefused(field, w);
    });
  }

  /** What anyone who knows the account's login and group knows: names whole and in parts. */
  List<String> knownWords(String username, Tenant tenant) {
    List<String> names = new ArrayList<>(List.of(username, tenant.getSlug(), tenant.getNameEn(), tenant.getNameKm()));
    tenants.organisationOf(tenant).filter(org -> !org.getId().equals(tenant.getId()))
        .ifPresent(org -> names.addAll(List.of(org.getSlug(), org.getNameEn(), org.getNameKm())));
    return wordsOf(names);
  }

  /** Each name whole, without its spaces and marks, and its parts of {@value #SHORTEST_PART} or more letters. */
  static List<String> wordsOf(List<String> names) {
    List<String> words = new ArrayList<>();
    names.forEach(name -> add(words, name));
    return words;
  }

  private static void add(List<String> words, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    String lowered = value.toLowerCase(Locale.ROOT).strip();
    words.add(lowered);
    words.add(lowered.replaceAll("[\\s._'-]+", ""));
    for (String part : lowered.split("[^\\p{L}\\p{M}\\p{N}]+")) {
      if (part.codePointCount(0, part.length()) >= SHORTEST_PART) {
        words.add(part);
      }
    }
  }
}
