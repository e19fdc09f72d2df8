package org.sahakum.core.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.auth.AdminAccount;
import org.sahakum.core.auth.Account;
import org.sahakum.core.auth.Accounts;
import org.sahakum.core.definitions.DefinitionFile;
import org.sahakum.core.definitions.TenantDefinitions;
import org.sahakum.core.platform.ServerSettings;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/**
 * With {@code SAHAKUM_DEMO=1}: applies {@code blueprints/*.yaml} and {@code *.yaml} of the tenants
 * folder as the platform operator (idempotent, so every start may do it), then gives WNU its demo
 * account {@code admin}. A refused file fails the start: a demo that silently lacks its tenants
 * would mislead.
 */
@ApplicationScoped
public class DemoTenants {
  private static final Logger LOG = Logger.getLogger(DemoTenants.class.getName());
  static final String DEMO_ORGANISATION = "wnu";

  @Inject ServerSettings settings;
  @Inject TenantDefinitions definitions;
  @Inject Accounts accounts;
  @Inject Tenants tenants;
  @Inject AuditLog audit;

  @Transactional
  public void load() {
    Path dir = settings.tenantsDir().orElseThrow(() -> new IllegalStateException(
        "SAHAKUM_DEMO=1 needs SAHAKUM_TENANTS_DIR (the launcher sets it to the distribution's tenants/)"));
    long operator = accounts.byLogin(Tenant.PLATFORM_ID, AdminAccount.USERNAME).orElseThrow().getId();
    TenantDefinitions.Outcome outcome = definitions.apply(files(dir), false, operator);
    LOG.info(() -> "Demo tenants from " + dir + ": " + outcome.changes().size() + " change(s)");
    outcome.notes().forEach(n -> LOG.info(() -> "Demo tenants: " + n));
    tenants.bySlug(DEMO_ORGANISATION).ifPresent(wnu -> demoAdmin(wnu, operator));
  }

  private void demoAdmin(Tenant wnu, long operator) {
    if (accounts.exists(wnu.getId(), AdminAccount.USERNAME)) {
      return;
    }
    String password = settings.adminPassword().orElseGet(AdminAccount::generatePassword);
    Account account = accounts.create(wnu.getId(), AdminAccount.USERNAME, password, List.of("admin"));
    audit.record(wnu.getId(), operator, "account.created", "account", String.valueOf(account.getId()));
    if (settings.adminPassword().isEmpty()) {
      // printed once, on purpose, as for the platform account: there is no other way to learn it
      System.out.println("\n*** Demo account 'admin' of tenant 'wnu' created. Password (shown only now): "
          + password + " ***\n");
    }
  }

  static List<DefinitionFile> files(Path dir) {
    List<DefinitionFile> files = new ArrayList<>();
    for (Path folder : List.of(dir.resolve("blueprints"), dir)) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> list = Files.list(folder)) {
        for (Path p : list.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
          files.add(new DefinitionFile(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the tenants folder " + folder, e);
      }
    }
    return files;
  }
}
