package org.sahakum.core.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.auth.Account;
import org.sahakum.core.auth.Accounts;
import org.sahakum.core.auth.AdminAccount;
import org.sahakum.core.platform.ServerSettings;
import org.sahakum.core.members.MemberAdmission;
import org.sahakum.core.members.NewMember;
import org.sahakum.core.tenancy.Tenant;

/**
 * WNU's demo admin, and demo members added through {@link MemberAdmission} as staff add them. Working names are
 * fictional: "Demo", a common Khmer given name in Khmer script and in Latin letters, and a number
 * (e.g. "Demo ស្រីពៅ Srey Pov 12"). No identity is made up: legal name, phone, date of birth and ID
 * number stay empty, so no generated value can be a real person's.
 */
@ApplicationScoped
public class DemoMembers {
  private static final String[][] NAMES = {
      {"ស្រីពៅ", "Srey Pov"}, {"ស្រីមុំ", "Srey Mom"}, {"សុខា", "Sokha"}, {"ចាន់ធា", "Chantha"},
      {"ដារ៉ា", "Dara"}, {"សុភា", "Sophea"}, {"ស្រីនាង", "Srey Neang"}, {"ធីតា", "Thida"},
      {"បុប្ផា", "Bopha"}, {"រ៉ានី", "Rany"}, {"ស្រីល័ក្ខ", "Srey Leak"}, {"វណ្ណា", "Vanna"},
      {"ម៉ាលី", "Mealea"}, {"ច័ន្ទលីនា", "Chanlina"}, {"ស្រីរ័ត្ន", "Srey Roth"}, {"កញ្ញា", "Kanha"}};
  static final int BATCH = 200;

  @Inject MemberAdmission admission;
  @Inject Accounts accounts;
  @Inject AuditLog audit;
  @Inject ServerSettings settings;

  /** WNU's demo account {@code admin} (created once, password from the settings or printed once); its id. */
  @Transactional
  public long ensureAdmin(Tenant wnu, long operator) {
    Optional<Account> existing = accounts.byLogin(wnu.getId(), AdminAccount.USERNAME);
    if (existing.isPresent()) {
      return existing.get().getId();
    }
    String password = settings.adminPassword().orElseGet(AdminAccount::generatePassword);
    Account account = accounts.create(wnu.getId(), AdminAccount.USERNAME, password, List.of("admin"));
    audit.record(wnu.getId(), operator, "account.created", "account", String.valueOf(account.getId()));
    if (settings.adminPassword().isEmpty()) {
      // printed once, on purpose, as for the platform account: there is no other way to learn it
      System.out.println("\n*** Demo account 'admin' of tenant 'wnu' created. Password (shown only now): "
          + password + " ***\n");
    }
    return account.getId();
  }

  /** The working name of the {@code n}-th demo member (1-based). */
  static String workingName(long n) {
    String[] name = NAMES[(int) ((n - 1) % NAMES.length)];
    return "Demo " + name[0] + " " + name[1] + " " + n;
  }

  /**
   * Adds members numbered {@code from} to {@code to} (inclusive) in one transaction, spread over
   * the chapters in turn.
   */
  @Transactional
  public void addBatch(Tenant org, List<Tenant> chapters, long from, long to, long actor) {
    for (long n = from; n <= to; n++) {
      Tenant chapter = chapters.isEmpty() ? null : chapters.get((int) ((n - 1) % chapters.size()));
      admission.admit(org, chapter, new NewMember(workingName(n), chapter == null ? null : chapter.getSlug(), null, null,
          null, null), actor);
    }
  }
}
