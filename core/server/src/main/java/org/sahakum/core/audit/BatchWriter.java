package org.sahakum.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes one batch of read entries in one short transaction of its own, without the chains' locks. */
@ApplicationScoped
class BatchWriter {

  @Inject PendingEntries pending;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void write(List<AuditRecord> batch) {
    Map<Long, List<AuditRecord>> byTenant = batch.stream()
        .collect(Collectors.groupingBy(AuditRecord::tenantId, LinkedHashMap::new, Collectors.toList()));
    byTenant.forEach(pending::add);
  }
}
