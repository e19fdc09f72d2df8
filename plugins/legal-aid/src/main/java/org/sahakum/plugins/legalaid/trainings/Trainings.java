package org.sahakum.plugins.legalaid.trainings;

import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.plugins.legalaid.Problems;

/** Looking trainings up for one request and counting who attended, in one query a page. */
public final class Trainings {
  private final ModuleContext ctx;

  public Trainings(ModuleContext ctx) {
    this.ctx = ctx;
  }

  /** The trainings this member attended, most recent first. */
  /** A page of the trainings the member attended, newest first, with how many there are in all. */
  public Response attendedBy(long memberId, int offset, int limit) {
    String attended = " FROM Training t WHERE t.id IN (SELECT a.trainingId FROM Attendance a WHERE a.memberId = :m)";
    List<TrainingView> page = views(ctx.entityManager().createQuery("SELECT t" + attended
            + " ORDER BY t.heldOn DESC, t.id DESC", Training.class).setParameter("m", memberId)
        .setFirstResult(offset).setMaxResults(limit).getResultList());
    return Page.of(page, ctx.entityManager().createQuery("SELECT COUNT(t)" + attended, Long.class)
        .setParameter("m", memberId).getSingleResult());
  }

  Training find(long id) {
    Training t = ctx.entityManager().find(Training.class, id);
    if (t == null) {
      throw Problems.notFound("training");
    }
    return t;
  }

  List<TrainingView> views(List<Training> trainings) {
    if (trainings.isEmpty()) {
      return List.of();
    }
    Map<Long, Long> members = new HashMap<>();
    ctx.entityManager().createQuery("SELECT a.trainingId, COUNT(a) FROM Attendance a WHERE a.trainingId IN :ids "
            + "GROUP BY a.trainingId", Object[].class)
        .setParameter("ids", trainings.stream().map(Training::getId).toList()).getResultList()
        .forEach(row -> members.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
    return trainings.stream().map(t -> TrainingView.of(t, members.getOrDefault(t.getId(), 0L))).toList();
  }
}
