package org.sahakum.core.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.List;
import java.util.logging.Logger;
import org.sahakum.core.platform.ServerSettings;
import org.sahakum.core.tenancy.Tenant;

/**
 * The platform operator's account {@code admin}, created at the first start with the password
 * from {@code SAHAKUM_ADMIN_PASSWORD}, or a generated one printed once on the console.
 */
@ApplicationScoped
public class AdminAccount {
  private static final Logger LOG = Logger.getLogger(AdminAccount.class.getName());
  public static final String USERNAME = "admin";

  @Inject Accounts accounts;
  @Inject ServerSettings settings;

  @Transactional
  public void ensureExists() {
    if (accounts.exists(Tenant.PLATFORM_ID, USERNAME)) {
      return;
    }
    String password = settings.adminPassword().orElseGet(AdminAccount::generatePassword);
    accounts.create(Tenant.PLATFORM_ID, USERNAME, password, List.of("admin"));
    if (settings.adminPassword().isEmpty()) {
      // printed once, on purpose: the operator has no other way to learn it
      System.out.println("\n*** Sahakum platform account 'admin' created. Password (shown only now): "
          + password + " ***\n");
    } else {
      LOG.info("Platform account 'admin' created with the password from SAHAKUM_ADMIN_PASSWORD");
    }
  }

  /** A random 20-character password without look-alike characters. */
  public static String generatePassword() {
    String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    SecureRandom random = new SecureRandom();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
