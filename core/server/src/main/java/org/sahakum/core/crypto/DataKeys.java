package org.sahakum.core.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Each organisation's data keys. New values are sealed under the newest version; older versions
 * stay readable, so a rotation needs no downtime.
 */
@ApplicationScoped
public class DataKeys {

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  @Inject MasterKey master;

  private final Map<OrgDataKey.Key, SecretKey> unwrapped = new ConcurrentHashMap<>();

  /** The newest version of the organisation's key, created (version 1) on first use. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int currentVersion(long orgId) {
    Integer newest = em.createQuery("SELECT MAX(k.version) FROM OrgDataKey k WHERE k.orgId = :o", Integer.class)
        .setParameter("o", orgId)
        .getSingleResult();
    if (newest != null) {
      return newest;
    }
    return addVersion(orgId, 1);
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
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256);
      SecretKey key = generator.generateKey();
      byte[] wrapped = Aead.seal(master.get(), key.getEncoded(), context(orgId, version));
      em.persist(new OrgDataKey(orgId, version, wrapped, Instant.now().truncatedTo(ChronoUnit.MICROS)));
      em.flush();
      unwrapped.put(new OrgDataKey.Key(orgId, version), key);
      return version;
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
