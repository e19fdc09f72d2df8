package org.sahakum.plugins.organising.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.sahakum.api.DemoData;
import org.sahakum.api.DemoRequest;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Places;
import org.sahakum.plugins.organising.events.Events;
import org.sahakum.plugins.organising.events.NewEvent;
import org.sahakum.plugins.organising.stock.NewReceipt;
import org.sahakum.plugins.organising.stock.Stock;
import org.sahakum.plugins.organising.visits.NewVisit;
import org.sahakum.plugins.organising.visits.Visits;
import org.sahakum.plugins.organising.workplaces.NewWorkplace;
import org.sahakum.plugins.organising.workplaces.WorkplaceAdmin;

/**
 * Organising's demo at the organisation: one workplace per 40 demo members (at least 10), one
 * visit per 4 members over the last year, one event per 200 members (at least 6) in two
 * campaigns, and deliveries whenever the stock runs low, all through the module's own services.
 * A start counts what is there and adds only the rest.
 */
public final class OrganisingDemo implements DemoData {
  private static final int BATCH = 200;
  private static final long DAYS_BACK = 360;
  private static final String[] KINDS = {"karaoke-ktv", "massage", "beer-garden-restaurant", "guesthouse", "street-park",
      "online", "freelance"};
  private static final String[] ATTITUDES = {"supportive", "neutral", "hostile", "unknown"};
  private static final String[] RAIDS = {"never", "rarely", "monthly", "weekly", "unknown"};
  private static final String[] EVENTS = {"forum", "training", "concert", "public-forum", "exchange-visit",
      "meeting-authorities"};

  @Override
  public void seed(ModuleContext context, DemoRequest request) {
    var em = context.entityManager();
    if (em.createQuery("SELECT COUNT(c) FROM Campaign c", Long.class).getSingleResult() == 0) {
      DemoCampaigns.make(context);
      request.commit();
    }
    long workplaces = Math.max(10, request.scale() / 40);
    long haveWorkplaces = em.createQuery("SELECT COUNT(w) FROM Workplace w", Long.class).getSingleResult();
    for (long i = haveWorkplaces; i < workplaces; i++) {
      Random draw = new Random(request.seed() * 17 + i);
      WorkplaceAdmin.create(context, new NewWorkplace("Demo " + KINDS[(int) (i % KINDS.length)] + " " + (i + 1),
          KINDS[(int) (i % KINDS.length)], Places.LIST.get(draw.nextInt(Places.LIST.size())).code(),
          "Sangkat " + (1 + draw.nextInt(9)), ATTITUDES[draw.nextInt(ATTITUDES.length)], RAIDS[draw.nextInt(RAIDS.length)]));
    }
    request.commit();
    List<Long> workplaceIds = em.createQuery("SELECT w.id FROM Workplace w ORDER BY w.id", Long.class).getResultList();
    long target = request.scale() / 8;
    long done = em.createQuery("SELECT COUNT(v) FROM Visit v", Long.class).getSingleResult();
    Instant now = context.clock().instant();
    while (done < target) {
      Random draw = new Random(request.seed() * 31 + done);
      Instant at = now.minus(Duration.ofDays(DAYS_BACK * (target - done) / target)).minusSeconds(draw.nextInt(36_000));
      ModuleContext then = request.at(at);
      topUp(then);
      new Visits(then).record(visit(LocalDate.ofInstant(at, then.clock().getZone()),
          workplaceIds.get(draw.nextInt(workplaceIds.size())), draw));
      done++;
      if (done % BATCH == 0) {
        request.commit();
        request.progress("organising-visits", done, target);
      }
    }
    request.commit();
    seedEvents(context, request);
    request.progress("organising-visits", done, target);
  }

  private static void seedEvents(ModuleContext context, DemoRequest request) {
    var em = context.entityManager();
    long target = Math.max(6, request.scale() / 200);
    long done = em.createQuery("SELECT COUNT(e) FROM OrgEvent e", Long.class).getSingleResult();
    List<Long> campaigns = em.createQuery("SELECT c.id FROM Campaign c ORDER BY c.id", Long.class).getResultList();
    Instant now = context.clock().instant();
    for (; done < target; done++) {
      Random draw = new Random(request.seed() * 53 + done);
      Instant at = now.minus(Duration.ofDays(DAYS_BACK * (target - done) / target));
      ModuleContext then = request.at(at);
      topUp(then);
      var event = new Events(then).record(new NewEvent(EVENTS[(int) (done % EVENTS.length)],
          LocalDate.ofInstant(at, then.clock().getZone()), Places.LIST.get(draw.nextInt(Places.LIST.size())).code(),
          "Demo partner network", campaigns.get((int) (done % campaigns.size())), 5 + draw.nextInt(60),
          20 * draw.nextInt(10), 0, 0, 30 + draw.nextInt(100), 0, 2));
      List<MemberRef> members = request.members(draw.nextInt(Math.max(1, request.scale() - 10)), 1 + draw.nextInt(8));
      DemoCampaigns.attend(then, event.getId(), members);
      request.commit();
    }
  }

  /** A delivery of every kind when any runs low, as a partner's supply would come. */
  private static void topUp(ModuleContext ctx) {
    Stock stock = new Stock(ctx);
    LocalDate today = LocalDate.now(ctx.clock());
    stock.levels().values().stream().filter(s -> s.left() < 600).forEach(s ->
        stock.receive(new NewReceipt(s.materialKind(), 5000, today, "Demo partner supply")));
  }

  private static NewVisit visit(LocalDate day, long workplaceId, Random draw) {
    int othersNew = draw.nextInt(4);
    return new NewVisit(day, workplaceId, null, draw.nextInt(3), 1 + draw.nextInt(5), othersNew, draw.nextInt(3),
        othersNew == 0 ? 0 : draw.nextInt(othersNew + 1), 10 * draw.nextInt(6), draw.nextInt(3), draw.nextInt(4),
        draw.nextInt(6), draw.nextInt(2), 0, draw.nextInt(10) == 0, draw.nextInt(20) == 0, draw.nextInt(12) == 0,
        draw.nextInt(6) == 0);
  }

}
