package org.sahakum.core.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.sahakum.auditchain.ChainKey;

/** The audit chain's HMAC key, derived from the master key (see {@link ChainKey}). */
@ApplicationScoped
public class AuditChainKey {

  @Inject MasterKey master;

  private volatile ChainKey key;

  public ChainKey get() {
    ChainKey k = key;
    if (k == null) {
      k = ChainKey.fromMasterKey(master.get().getEncoded());
      key = k;
    }
    return k;
  }
}
