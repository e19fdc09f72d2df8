package org.sahakum.core.audit;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ServiceUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Group commit for the audit entries of reads. A register page is read far more often than
 * anything is written; here each reader hands its entry to one writer thread and waits until the
 * batch holding it has committed, so an answer never leaves before its entry is durable, and busy
 * readers share one commit. The batch goes to the waiting entries, never to a chain's head, so a
 * tenant whose head is slow (locked by a long chaining, or by someone at the database) delays
 * nobody's reads; the {@link AuditChainer} chains them after.
 */
@ApplicationScoped
class ReadAuditBatcher {
  private static final Logger LOG = Logger.getLogger(ReadAuditBatcher.class.getName());
  static final int MAX_BATCH = 500;
  private static final long WAIT_SECONDS = 30;

  /** An entry and the reader waiting for it. */
  private record Waiting(AuditRecord record, CompletableFuture<Void> written) {}

  @Resource ManagedThreadFactory threads;
  @Inject BatchWriter writer;

  private final LinkedBlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
  private volatile boolean stopping;
  private volatile Thread thread;

  /** Returns once {@code record} is in the chain; 503 when it could not be written. */
  void appendAndWait(AuditRecord record) {
    ensureRunning();
    Waiting w = new Waiting(record, new CompletableFuture<>());
    queue.add(w);
    try {
      w.written().get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable();
    } catch (ExecutionException | TimeoutException e) {
      throw unavailable();
    }
  }

  private static ServiceUnavailableException unavailable() {
    return new ServiceUnavailableException("The audit trail could not be written; nothing was shown. Try again.",
        5L);
  }

  private void ensureRunning() {
    Thread running = thread;
    if (!stopping && running != null && running.isAlive()) {
      return; // every reader passes here: no lock for them to queue on while the writer runs
    }
    startWriter();
  }

  private synchronized void startWriter() {
    if (stopping) {
      throw unavailable();
    }
    if (thread == null || !thread.isAlive()) {
      thread = threads.newThread(this::run);
      thread.setName("sahakum-audit-reads");
      thread.setDaemon(true);
      thread.start();
    }
  }

  private void run() {
    List<Waiting> batch = new ArrayList<>();
    while (!stopping) {
      try {
        Waiting first = queue.poll(1, TimeUnit.SECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        write(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } finally {
        batch.clear();
      }
    }
    failAll();
  }

  private void write(List<Waiting> batch) {
    if (!tryWrite(batch, false)) {
      // one tenant's trouble (a missing chain, a lock held too long) must not fail the others' reads
      batch.stream().collect(Collectors.groupingBy(w -> w.record().tenantId())).values()
          .forEach(ofOneTenant -> tryWrite(ofOneTenant, true));
    }
  }

  /** Writes {@code entries} in one transaction; on failure, fails their readers only when {@code last}. */
  private boolean tryWrite(List<Waiting> entries, boolean last) {
    try {
      writer.write(entries.stream().map(Waiting::record).toList());
      entries.forEach(w -> w.written().complete(null));
      return true;
    } catch (RuntimeException e) {
      if (last) {
        LOG.log(Level.WARNING, entries.size() + " audit entries of reads were not written", e);
        entries.forEach(w -> w.written().completeExceptionally(e));
      }
      return false;
    }
  }

  private void failAll() {
    List<Waiting> left = new ArrayList<>();
    queue.drainTo(left);
    left.forEach(w -> w.written().completeExceptionally(new IllegalStateException("server stopping")));
  }

  @PreDestroy
  synchronized void stop() {
    stopping = true;
    if (thread != null) {
      thread.interrupt();
    }
    failAll();
  }
}
