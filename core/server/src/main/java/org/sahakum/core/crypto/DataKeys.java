package org.sahakum.core.crypto;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.sahakum.core.tenancy.TenantType;

/**
 * Each organisation's data keys. New values are sealed under the newest version; older versions
 * stay readable, so a rotation needs no downtime.
 */
@ApplicationScoped
public class DataKeys {

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  @Inject MasterKey master;
  @Inject DataKeys self;
  @Resource TransactionSynchronizationRegistry transactions;

  private final Map<OrgDataKey.Key, SecretKey> unwrapped = new ConcurrentHashMap<>();

  /**
   * The newest version of the organisation's key, read in the caller's transaction when there is
   * one. Every organisation gets version 1 as it is made ({@link #start}) or, if it was made before
   * that, when the server starts ({@link #startMissing}), so a request never takes a second
   * connection for it: a transaction of its own, begun while the request held its first
   * connection, let writes at once take every pooled connection and each wait for another
   * (ConcurrentWritesIT). What is left of that path is a last resort.
   */
  public int currentVersion(long orgId) {
    Integer newest = newestInTransaction(orgId);
    if (newest != null) {
      return newest;
    }
    try {
      return self.makeFirst(orgId);
    } catch (jakarta.persistence.PersistenceException madeByAnotherRequest) {
      return self.makeFirst(orgId);
    }
  }

  /** Version 1 of a new organisation's key, made in the transaction that makes the organisation. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void start(long orgId) {
    em.persist(wrappedNew(orgId, 1).row());
  }

  /** Makes version 1 for every organisation that has no key yet; how many were made. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int startMissing() {
    List<Long> keyless = em.createQuery("SELECT t.id FROM Tenant t WHERE t.type = :org AND NOT EXISTS "
            + "(SELECT k FROM OrgDataKey k WHERE k.orgId = t.id)", Long.class)
        .setParameter("org", TenantType.ORGANISATION.code()).getResultList();
    keyless.forEach(id -> em.persist(wrappedNew(id, 1).row()));
    em.flush();
    return keyless.size();
  }

  /** Version 1, made in a transaction of its own, unless another request made it first. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int makeFirst(long orgId) {
    Integer newest = newest(orgId);
    return newest != null ? newest : addVersion(orgId, 1);
  }

  /**
   * {@link #newest}, read once per transaction: a transaction's reads see one snapshot of the
   * database, so a second read would answer the same, and sealing many values (bulk work, demo
   * data) looked it up once per value.
   */
  private Integer newestInTransaction(long orgId) {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      return newest(orgId);
    }
    String key = "sahakum.dataKeys.newest." + orgId;
    Integer known = (Integer) transactions.getResource(key);
    if (known == null) {
      known = newest(orgId);
      if (known != null) {
        transactions.putResource(key, known);
      }
    }
    return known;
  }

  private Integer newest(long orgId) {
    return em.createQuery("SELECT MAX(k.version) FROM OrgDataKey k WHERE k.orgId = :o", Integer.class)
        .setParameter("o", orgId)
        .getSingleResult();
  }

  /** Adds a new version; values sealed from now on use it. Returns the new version. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int rotate(long orgId) {
    Integer newest = em.createQuery("SELECT MAX(k.version) FROM OrgDataKey k WHERE k.orgId = :o", Integer.class)
        .setParameter("o", orgId)
        .getSingleResult();
    return addVersion(orgId, newest == null ? 1 : newest + 1);
  }

  private int addVersion(long orgId, int version) {
    Made made = wrappedNew(orgId, version);
    em.persist(made.row());
    em.flush();
    unwrapped.put(new OrgDataKey.Key(orgId, version), made.key());
    return version;
  }

  /** A new key and its row, wrapped under the master key. */
  private record Made(SecretKey key, OrgDataKey row) {}

  private Made wrappedNew(long orgId, int version) {
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256);
      SecretKey key = generator.generateKey();
      byte[] wrapped = Aead.seal(master.get(), key.getEncoded(), context(orgId, version));
      return new Made(key, new OrgDataKey(orgId, version, wrapped, Instant.now().truncatedTo(ChronoUnit.MICROS)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  SecretKey key(long orgId, int version) {
    return unwrapped.computeIfAbsent(new OrgDataKey.Key(orgId, version), k -> {
      OrgDataKey row = em.find(OrgDataKey.class, k);
      if (row == null) {
        throw new IllegalStateException("organisation " + orgId + " has no data key version " + version);
      }
      return new SecretKeySpec(Aead.open(master.get(), row.wrapped(), context(orgId, version)), "AES");
    });
  }

  /** True when {@code masterKey} opens the wrapped data key {@code row}. */
  static boolean opens(SecretKey masterKey, OrgDataKey row) {
    try {
      Aead.open(masterKey, row.wrapped(), context(row.orgId(), row.version()));
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  private static String context(long orgId, int version) {
    return "sahakum-data-key|" + orgId + "|" + version;
  }
}
