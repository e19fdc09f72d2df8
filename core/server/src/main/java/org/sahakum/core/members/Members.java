package org.sahakum.core.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.sahakum.core.tenancy.Tenant;

/**
 * The register's queries. Every one names the organisation, and a chapter when the request is a
 * chapter's: there is no query here that could return another organisation's member.
 */
@ApplicationScoped
public class Members {

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  /** A search of one organisation, optionally one chapter. */
  public record Search(long orgId, Long chapterId, String text, String phoneIndex, String status, int offset, int limit) {}

  /**
   * A page of the register as listed: only the listed columns are read (never a sealed field),
   * and the chapter's slug comes in the same query.
   */
  /** Every member row of an organisation, whatever its status. */
  long countAll(long orgId) {
    return em.createQuery("SELECT COUNT(m) FROM Member m WHERE m.orgId = :org", Long.class)
        .setParameter("org", orgId).getSingleResult();
  }

  /** Members waiting for approval in an organisation, or in one of its chapters. */
  public long countPending(long orgId, Long chapterId) {
    String jpql = "SELECT COUNT(m) FROM Member m WHERE m.orgId = :org AND m.status = 'pending'";
    if (chapterId == null) {
      return em.createQuery(jpql, Long.class).setParameter("org", orgId).getSingleResult();
    }
    return em.createQuery(jpql + " AND m.chapterId = :chapter", Long.class).setParameter("org", orgId)
        .setParameter("chapter", chapterId).getSingleResult();
  }

  /** Whether the account is the login of a (not erased) member of the organisation. */
  public boolean isMember(long orgId, long accountId) {
    return em.createQuery("SELECT COUNT(m) FROM Member m WHERE m.orgId = :org AND m.accountId = :account "
            + "AND m.status <> 'erased'", Long.class)
        .setParameter("org", orgId).setParameter("account", accountId).getSingleResult() > 0;
  }

  /** Active members of an organisation per chapter id (null: no chapter), for aggregates only. */
  public java.util.Map<Long, Long> activeByChapter(long orgId) {
    java.util.Map<Long, Long> out = new java.util.HashMap<>();
    em.createQuery("SELECT m.chapterId, COUNT(m) FROM Member m WHERE m.orgId = :org AND m.status = 'active' "
            + "GROUP BY m.chapterId", Object[].class)
        .setParameter("org", orgId)
        .getResultList()
        .forEach(row -> out.put((Long) row[0], ((Number) row[1]).longValue()));
    return out;
  }

  public List<MemberView> search(Search s) {
    StringBuilder jpql = new StringBuilder("SELECT NEW org.sahakum.core.members.MemberView(m.id, m.memberCode, "
        + "m.workingName, c.slug, c.nameKm, c.nameEn, m.status, m.createdAt) FROM Member m LEFT JOIN Tenant c ON c.id = m.chapterId "
        + "WHERE m.orgId = :org AND m.status <> 'erased'");
    if (s.chapterId() != null) {
      jpql.append(" AND m.chapterId = :chapter");
    }
    if (s.text() != null) {
      // any part of the name or of the code: a walk of the organisation's rows (ix_member_org_id) that stops
      // after a page of matches; names are stored in NFC and the text is brought to NFC too
      jpql.append(" AND (LOWER(m.workingName) LIKE :name ESCAPE '\\' OR m.memberCode LIKE :code ESCAPE '\\')");
    }
    if (s.phoneIndex() != null) {
      jpql.append(" AND m.phoneIndex = :phone");
    }
    if (s.status() != null) {
      jpql.append(" AND m.status = :status");
    }
    jpql.append(" ORDER BY m.id DESC");
    TypedQuery<MemberView> q = em.createQuery(jpql.toString(), MemberView.class).setParameter("org", s.orgId());
    if (s.chapterId() != null) {
      q.setParameter("chapter", s.chapterId());
    }
    if (s.text() != null) {
      String escaped = WorkingNames.normalise(s.text()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
      q.setParameter("name", "%" + escaped.toLowerCase(java.util.Locale.ROOT) + "%")
          .setParameter("code", "%" + escaped.toUpperCase(java.util.Locale.ROOT) + "%");
    }
    if (s.phoneIndex() != null) {
      q.setParameter("phone", s.phoneIndex());
    }
    if (s.status() != null) {
      q.setParameter("status", s.status());
    }
    return q.setFirstResult(s.offset()).setMaxResults(s.limit()).getResultList();
  }

  /** A pending registration of the organisation (and chapter, when given), locked for its decision. */
  public Optional<Member> pending(long orgId, Long chapterId, long id) {
    Member m = em.find(Member.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (m == null || m.getOrgId() != orgId || !"pending".equals(m.getStatus())
        || (chapterId != null && !chapterId.equals(m.getChapterId()))) {
      return Optional.empty();
    }
    return Optional.of(m);
  }

  /** A member of the organisation (and chapter, when given); empty for any other id. */
  public Optional<Member> find(long orgId, Long chapterId, long id) {
    Member m = em.find(Member.class, id);
    if (m == null || m.getOrgId() != orgId || "erased".equals(m.getStatus())
        || (chapterId != null && !chapterId.equals(m.getChapterId()))) {
      return Optional.empty();
    }
    return Optional.of(m);
  }

  /** Creates a new organisation's numbering. Call in the transaction that creates it. */
  public void startSequence(long orgId) {
    em.persist(new MemberSequence(orgId));
    em.flush();
  }

  /** The next member number of the organisation. Call inside the transaction that uses it. */
  long nextNumber(long orgId) {
    MemberSequence seq = em.find(MemberSequence.class, orgId, LockModeType.PESSIMISTIC_WRITE);
    if (seq == null) {
      throw new IllegalStateException("organisation " + orgId + " has no member numbering");
    }
    return seq.take();
  }

  /** The next member code, e.g. {@code WNU-SR-0042}. Call inside the transaction that uses it. */
  public String nextCode(Tenant org, Tenant chapter) {
    String middle = chapter == null ? "" : chapter.getCode() + "-";
    return org.getCode() + "-" + middle + String.format("%04d", nextNumber(org.getId()));
  }

  public void add(Member member) {
    em.persist(member);
    em.flush();
  }
}
