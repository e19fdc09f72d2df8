package org.sahakum.core.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.sahakum.auditchain.Hkdf;

/**
 * Refuses to start a node whose master key is not the one the database was sealed with. With an
 * external database several nodes share one database, and a node started without the shared
 * {@code SAHAKUM_MASTER_KEY_FILE} would generate a key of its own and seal values no other node
 * can open. The database keeps a check value derived from the key (HKDF, a label of its own: it
 * says nothing about the key); the first start records it, after proving on a wrapped data key,
 * where there is one, that the key is the one in use.
 */
@ApplicationScoped
public class MasterKeyCheck {
  private static final byte[] LABEL = "sahakum master key check v1".getBytes(StandardCharsets.US_ASCII);

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  @Inject MasterKey master;

  /** Passes, records the check value on a first start, or throws {@link WrongMasterKey}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void verify() {
    String expected = checkValue(master.get().getEncoded());
    MasterKeyCheckRow row = em.find(MasterKeyCheckRow.class, MasterKeyCheckRow.ONLY);
    if (row != null) {
      if (!MessageDigest.isEqual(row.checkValue().getBytes(StandardCharsets.US_ASCII),
          expected.getBytes(StandardCharsets.US_ASCII))) {
        throw new WrongMasterKey(master.source());
      }
      return;
    }
    OrgDataKey sealedBefore = em.createQuery("SELECT k FROM OrgDataKey k ORDER BY k.createdAt", OrgDataKey.class)
        .setMaxResults(1).getResultStream().findFirst().orElse(null);
    if (sealedBefore != null && !DataKeys.opens(master.get(), sealedBefore)) {
      throw new WrongMasterKey(master.source());
    }
    em.persist(new MasterKeyCheckRow(expected, Instant.now().truncatedTo(ChronoUnit.MICROS)));
    em.flush();
  }

  static String checkValue(byte[] masterKey) {
    return HexFormat.of().formatHex(Hkdf.sha256(new byte[32], masterKey, LABEL));
  }

  /** The node must not start: its message says which key file was read and what to do. */
  public static final class WrongMasterKey extends IllegalStateException {
    WrongMasterKey(String source) {
      super("the master key in " + source + " is not the one this database was sealed with: start every node "
          + "with the same key (SAHAKUM_MASTER_KEY_FILE; a node started without it makes a key of its own in its "
          + "data folder). Nothing was written with this key.");
    }
  }
}
