package org.sahakum.core.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.sahakum.core.auth.AdminAccount;
import org.sahakum.core.auth.Accounts;
import org.sahakum.core.cluster.OnceClaims;
import org.sahakum.core.definitions.DefinitionFile;
import org.sahakum.core.definitions.TenantDefinitions;
import org.sahakum.core.members.MemberAdmission;
import org.sahakum.core.modules.ModuleDemoData;
import org.sahakum.core.platform.ServerSettings;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/**
 * With {@code SAHAKUM_DEMO=1}: applies {@code blueprints/*.yaml} and {@code *.yaml} of the tenants
 * folder as the platform operator (idempotent, so every start may do it), then gives WNU its demo
 * account {@code admin} and tops its register up with demo members (see {@link DemoMembers}) and the
 * modules' data up to match (see {@link ModuleDemoData}).
 * A refused file fails the start: a demo that silently lacks its tenants
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
  @Inject DemoMembers demoMembers;
  @Inject MemberAdmission admission;
  @Inject ModuleDemoData moduleData;
  @Inject OnceClaims claims;

  /**
   * Applies the tenants folder, gives WNU its demo admin, then tops WNU's register up to
   * {@code SAHAKUM_DEMO_MEMBERS} members in batches (a register already that large is left as it is),
   * and last asks each module WNU has switched on for its demo data at that scale.
   */
  public void load() {
    // nodes starting together take turns: the top-ups count what is there, so each runs once
    claims.exclusively("demo-seeding", Duration.ofMinutes(30), Duration.ofMinutes(30), this::topUp);
  }

  private void topUp() {
    long wnuAdmin = tenantsAndAdmin();
    Tenant wnu = tenants.bySlug(DEMO_ORGANISATION).orElse(null);
    if (wnu == null) {
      return;
    }
    long have = admission.count(wnu.getId());
    int want = settings.demoMembers();
    List<Tenant> chapters = tenants.children(wnu.getId());
    for (long from = have + 1; from <= want; from += DemoMembers.BATCH) {
      demoMembers.addBatch(wnu, chapters, from, Math.min(want, from + DemoMembers.BATCH - 1), wnuAdmin);
    }
    if (want > have) {
      LOG.info(() -> "Demo members: " + (want - have) + " added to " + DEMO_ORGANISATION + " (now " + want + ")");
    }
    long t0 = System.nanoTime();
    List<ModuleDemoData.Outcome> outcomes = moduleData.seed(wnu, wnuAdmin, want);
    LOG.info(() -> "Demo module data: " + outcomes.size() + " module(s), "
        + outcomes.stream().filter(o -> !o.done()).count() + " failed, in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
  }

  /** Applies the folder and makes sure WNU's demo admin exists; answers that admin's account id. */
  private long tenantsAndAdmin() {
    Path dir = settings.tenantsDir().orElseThrow(() -> new IllegalStateException(
        "SAHAKUM_DEMO=1 needs SAHAKUM_TENANTS_DIR (the launcher sets it to the distribution's tenants/)"));
    long operator = accounts.byLogin(Tenant.PLATFORM_ID, AdminAccount.USERNAME).orElseThrow().getId();
    TenantDefinitions.Outcome outcome = definitions.apply(files(dir), false, operator);
    LOG.info(() -> "Demo tenants from " + dir + ": " + outcome.changes().size() + " change(s)");
    outcome.notes().forEach(n -> LOG.info(() -> "Demo tenants: " + n));
    return tenants.bySlug(DEMO_ORGANISATION).map(wnu -> demoMembers.ensureAdmin(wnu, operator)).orElse(operator);
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
