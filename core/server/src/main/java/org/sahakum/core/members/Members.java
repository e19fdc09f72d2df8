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

  /**
   * A page of the register as listed, newest first: only the listed columns are read (never a
   * sealed field), and the chapter's names come in the same query.
   */
  public List<MemberView> search(Search s) {
    StringBuilder jpql = new StringBuilder(LISTED).append(where(s)).append(" ORDER BY m.id DESC");
    return bind(em.createQuery(jpql.toString(), MemberView.class), s)
        .setFirstResult(s.offset()).setMaxResults(s.limit()).getResultList();
  }

  /** How many members the search finds in all, with the same filter as {@link #search}. */
  public long count(Search s) {
    return bind(em.createQuery("SELECT COUNT(m) FROM Member m WHERE " + where(s), Long.class), s).getSingleResult();
  }

  /**
   * Up to {@code limit} members of the organisation (or chapter) as {@link #search} lists them,
   * newest first, whose id is below {@code belowId} (null: from the newest): an export walks the
   * register by id, so each batch costs the same however far it has come.
   */
  public List<MemberView> batchBelow(long orgId, Long chapterId, Long belowId, int limit) {
    Search s = new Search(orgId, chapterId, null, null, null, 0, limit);
    String below = belowId == null ? "" : " AND m.id < :below";
    TypedQuery<MemberView> q = bind(em.createQuery(LISTED + where(s) + below + " ORDER BY m.id DESC",
        MemberView.class), s);
    if (belowId != null) {
      q.setParameter("below", belowId);
    }
    return q.setMaxResults(limit).getResultList();
  }

  /** How many members of the organisation (or chapter) {@link #batchBelow} walks from {@code belowId} on. */
  public long countBelow(long orgId, Long chapterId, long belowId) {
    Search s = new Search(orgId, chapterId, null, null, null, 0, 1);
    return bind(em.createQuery("SELECT COUNT(m) FROM Member m WHERE " + where(s) + " AND m.id < :below", Long.class), s)
        .setParameter("below", belowId).getSingleResult();
  }

  private static final String LISTED = "SELECT NEW org.sahakum.core.members.MemberView(m.id, m.memberCode, "
      + "m.workingName, c.slug, c.nameKm, c.nameEn, m.status, m.createdAt) FROM Member m "
      + "LEFT JOIN Tenant c ON c.id = m.chapterId WHERE ";

  /** The conditions of a search, one parameter per value ({@link #bind} sets them). */
  private static String where(Search s) {
    StringBuilder where = new StringBuilder("m.orgId = :org AND m.status <> 'erased'");
    if (s.chapterId() != null) {
      where.append(" AND m.chapterId = :chapter");
    }
    if (s.text() != null) {
      // any part of the name or of the code, compared byte by byte in lower case (name_key, code_key: V20_2);
      // names are stored in NFC and the text is brought to NFC too
      where.append(" AND (m.nameKey LIKE :text ESCAPE '\\' OR m.codeKey LIKE :text ESCAPE '\\')");
    }
    if (s.phoneIndex() != null) {
      where.append(" AND m.phoneIndex = :phone");
    }
    if (s.status() != null) {
      where.append(" AND m.status = :status");
    }
    return where.toString();
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> q, Search s) {
    q.setParameter("org", s.orgId());
    if (s.chapterId() != null) {
      q.setParameter("chapter", s.chapterId());
    }
    if (s.text() != null) {
      String escaped = WorkingNames.normalise(s.text()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
      q.setParameter("text", "%" + escaped.toLowerCase(java.util.Locale.ROOT) + "%");
    }
    if (s.phoneIndex() != null) {
      q.setParameter("phone", s.phoneIndex());
    }
    if (s.status() != null) {
      q.setParameter("status", s.status());
    }
    return q;
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
