package org.sahakum.core.modules;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sahakum.api.AuditTrail;
import org.sahakum.api.Caller;
import org.sahakum.api.DemoRequest;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.tenancy.Tenant;

/**
 * One module's demo seeding: its transactions (one per batch), its EntityManager (cleared at each
 * batch), its audit entries (appended to the chain once per batch) and its progress lines.
 */
final class DemoRun implements DemoRequest {
  private static final Logger LOG = Logger.getLogger(DemoRun.class.getName());
  private static final long PROGRESS_EVERY_NANOS = 10_000_000_000L;

  private final LoadedModule module;
  private final Tenant org;
  private final long actor;
  private final int scale;
  private final long seed;
  private final ModuleDemoData host;
  private final List<AuditLog.Entry> pendingAudit = new ArrayList<>();
  private final Map<String, Long> counts = new LinkedHashMap<>();
  private EntityManager em;
  private ModuleContext base;
  private long lastProgress = System.nanoTime();

  DemoRun(LoadedModule module, Tenant org, long actor, int scale, long seed, ModuleDemoData host) {
    this.module = module;
    this.org = org;
    this.actor = actor;
    this.scale = scale;
    this.seed = seed;
    this.host = host;
  }

  void begin() {
    try {
      host.transaction.begin();
    } catch (Exception e) {
      throw new IllegalStateException("could not begin a transaction for demo data", e);
    }
    em = host.contexts.entityManager(module, org, false);
    base = host.contexts.context(module, org, actor, em, false);
  }

  /** The organisation's context as the module gets it: the demo admin as caller, audit batched. */
  ModuleContext context() {
    return at(null);
  }

  @Override
  public ModuleContext at(Instant instant) {
    Clock clock = instant == null ? base.clock() : Clock.fixed(instant, host.settings.timeZone());
    return new DemoContext(clock);
  }

  @Override
  public int scale() {
    return scale;
  }

  @Override
  public List<MemberRef> members(int offset, int limit) {
    if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("offset >= 0 and limit 1 to " + MAX_PAGE);
    }
    return host.members.inRegisterOrder(org, offset, limit);
  }

  @Override
  public long seed() {
    return seed;
  }

  @Override
  public void commit() {
    em.flush();
    host.audit.recordAll(org.getId(), actor, List.copyOf(pendingAudit));
    pendingAudit.clear();
    try {
      host.transaction.commit();
      em.clear();
      host.transaction.begin();
    } catch (Exception e) {
      throw new IllegalStateException("a batch of demo data could not be committed", e);
    }
    em.joinTransaction();
  }

  @Override
  public void progress(String step, long done, long total) {
    counts.put(step, done);
    long now = System.nanoTime();
    if (done == total || now - lastProgress >= PROGRESS_EVERY_NANOS) {
      lastProgress = now;
      LOG.info(() -> "Demo data of module " + module.id() + ": " + step + " " + done
          + (total >= 0 ? " of " + total : ""));
    }
  }

  /** The counts last reported, per step. */
  String summary() {
    return counts.toString();
  }

  /** Rolls back what was not committed and closes the EntityManager. */
  void end() {
    try {
      if (host.inTransaction()) {
        host.transaction.rollback();
      }
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Rolling back demo data failed: {0}", e.getClass().getName());
    }
    if (em != null && em.isOpen()) {
      em.close();
    }
  }

  /** The base context with the demo's caller, batched audit and a clock of its own. */
  private final class DemoContext extends ForwardingModuleContext {
    private final Clock clock;

    DemoContext(Clock clock) {
      super(DemoRun.this.base);
      this.clock = clock;
    }

    @Override
    public Caller caller() {
      return new Caller() {
        @Override
        public long accountId() {
          return actor;
        }

        // the organisation's demo admin, who holds every permission there
        @Override
        public boolean isPermitted(String permission) {
          return true;
        }

        @Override
        public void require(String permission) {}
      };
    }

    @Override
    public AuditTrail audit() {
      return (action, targetType, targetId) -> pendingAudit.add(
          new AuditLog.Entry(module.id() + ":" + action, targetType, targetId));
    }

    @Override
    public Clock clock() {
      return clock;
    }

    /** As the demo admin: the whole organisation, judged with this context's caller, not the request's. */
    @Override
    public org.sahakum.api.ChapterMandates chapterMandates() {
      return new ModuleChapterMandates(this, org, java.util.Optional.of(org), members().chapters(), members(), () -> {
        throw new IllegalStateException("the demo acts at the organisation");
      });
    }
  }
}
