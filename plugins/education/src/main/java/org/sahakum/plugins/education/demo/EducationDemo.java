package org.sahakum.plugins.education.demo;

import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.sahakum.api.DemoData;
import org.sahakum.api.DemoRequest;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.education.attendance.NewSession;
import org.sahakum.plugins.education.attendance.SessionResource;
import org.sahakum.plugins.education.centres.Centre;
import org.sahakum.plugins.education.children.ChildConsent;
import org.sahakum.plugins.education.children.ChildResource;
import org.sahakum.plugins.education.children.NewChild;
import org.sahakum.plugins.education.classes.ClassResource;
import org.sahakum.plugins.education.classes.EduClass;
import org.sahakum.plugins.education.classes.NewClass;
import org.sahakum.plugins.education.enrolments.EnrolmentResource;
import org.sahakum.plugins.education.enrolments.Enrolments;
import org.sahakum.plugins.education.enrolments.NewEnrolment;

/**
 * Education's demo data, through the module's own services: two centres, classes of the four
 * subjects taught by the demo admin, one child for every four demo members (a fictional nickname
 * marked "(demo)", the member as guardian), each enrolled in a class, a term of attendance (two
 * sessions a week for the last twelve weeks, back-dated) and school outcomes ({@link DemoSchool}).
 * A later start with more members adds only the children missing, and their marks.
 */
public final class EducationDemo implements DemoData {
  static final String MARK = " (demo)";
  private static final String[] NICKNAMES = {"Dara", "Bopha", "Sokha", "Vanna", "Thida", "Rith", "Kosal", "Nita",
      "Chenda", "Mealea", "Pisey", "Sophal", "Kunthea", "Rathana", "Sreyleak", "Veasna"};
  private static final String[] SUBJECTS = {"KHMER", "ENGLISH", "MATHEMATICS", "ARTS_DANCE"};
  private static final int PER_CLASS = 25;
  /**
   * Class sessions per committed batch: every flush (taking a session makes three) compares every
   * entity the batch holds, and a day of 100 classes (10,000 members) held 2,600 of them.
   */
  private static final int SESSION_BATCH = 5;
  /**
   * Children per committed batch, small for the same reason: at 100 (each child brings an enrolment,
   * school steps and supports) change detection took two fifths of the module's time.
   */
  private static final int CHILD_BATCH = 10;
  static final int WEEKS = 12;

  @Override
  public void seed(ModuleContext ctx, DemoRequest request) {
    int target = Math.max(1, request.scale() / 4);
    List<Long> centres = centres(ctx);
    List<Long> classes = classes(ctx, centres, (target + PER_CLASS - 1) / PER_CLASS);
    request.commit();
    long existing = ctx.entityManager().createQuery("SELECT COUNT(c) FROM Child c", Long.class).getSingleResult();
    for (int i = (int) existing; i < target; i++) {
      List<MemberRef> guardian = request.members(i * 4, 1);
      if (guardian.isEmpty()) {
        break;
      }
      long classId = classes.get(i % classes.size());
      EduClass klass = ctx.entityManager().find(EduClass.class, classId);
      Draw d = new Draw(request.seed(), i);
      NewChild body = new NewChild(guardian.get(0).memberCode(), null, NICKNAMES[d.below(NICKNAMES.length)] + MARK,
          LocalDate.now(ctx.clock()).getYear() - 6 - d.below(9), d.below(2) == 0 ? "GIRL" : "BOY",
          klass.getCentreId(), "OUT_OF_SCHOOL", ChildConsent.VERSION);
      long childId = ((org.sahakum.plugins.education.children.ChildView) new ChildResource(ctx).create(body)
          .getEntity()).id();
      new EnrolmentResource(ctx, classId).enrol(new NewEnrolment(childId));
      DemoSchool.outcome(ctx, request, childId, d);
      if (i % CHILD_BATCH == CHILD_BATCH - 1) {
        request.commit();
        request.progress("children", i + 1, target);
      }
    }
    request.commit();
    attendance(ctx, request, classes);
  }

  private static List<Long> centres(ModuleContext ctx) {
    List<Long> ids = new ArrayList<>();
    for (String name : List.of("Centre 1" + MARK, "Centre 2" + MARK)) {
      List<Centre> found = ctx.entityManager().createQuery("SELECT c FROM Centre c WHERE c.name = :n", Centre.class)
          .setParameter("n", name).getResultList();
      if (found.isEmpty()) {
        Centre c = new Centre(name, null, ids.isEmpty() ? "pp-meanchey" : "pp-toul-kork",
            ctx.clock().instant().truncatedTo(ChronoUnit.MICROS));
        ctx.entityManager().persist(c);
        ctx.entityManager().flush();
        ids.add(c.getId());
      } else {
        ids.add(found.get(0).getId());
      }
    }
    return ids;
  }

  private static List<Long> classes(ModuleContext ctx, List<Long> centres, int needed) {
    EntityManager em = ctx.entityManager();
    List<Long> ids = new ArrayList<>(em.createQuery("SELECT c.id FROM EduClass c WHERE c.centreId IN :c ORDER BY c.id",
        Long.class).setParameter("c", centres).getResultList());
    for (int n = ids.size(); n < Math.max(needed, SUBJECTS.length * centres.size()); n++) {
      NewClass body = new NewClass(centres.get(n % centres.size()), null, SUBJECTS[(n / centres.size()) % SUBJECTS.length],
          "level " + (1 + n / (SUBJECTS.length * centres.size())), ctx.caller().accountId(), "Mon, Wed 08:00-09:30",
          PER_CLASS + 5);
      ids.add(((org.sahakum.plugins.education.classes.ClassView) new ClassResource(ctx).create(body).getEntity()).id());
    }
    return ids;
  }

  /** Two sessions a week for the last {@value #WEEKS} weeks, each taken on its day; a session already there gets the new children's marks. */
  private static void attendance(ModuleContext ctx, DemoRequest request, List<Long> classes) {
    LocalDate today = LocalDate.now(ctx.clock());
    ZoneId zone = ctx.clock().getZone();
    int done = 0;
    for (LocalDate day = today.minusWeeks(WEEKS); day.isBefore(today); day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.MONDAY && day.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
        continue;
      }
      ModuleContext then = request.at(day.atTime(9, 30).atZone(zone).toInstant());
      int taken = 0;
      for (long classId : classes) {
        List<Long> enrolled = new Enrolments(then).enrolledChildren(classId);
        if (enrolled.isEmpty()) {
          continue;
        }
        List<NewSession.Mark> marks = new ArrayList<>();
        for (long child : enrolled) {
          marks.add(new NewSession.Mark(child, DemoSchool.mark(request.seed(), child, day, today)));
        }
        new SessionResource(then, classId).take(new NewSession(day, marks));
        if (++taken % SESSION_BATCH == 0) {
          request.commit();
        }
      }
      request.commit();
      request.progress("attendance days", ++done, WEEKS * 2L);
    }
  }
}
