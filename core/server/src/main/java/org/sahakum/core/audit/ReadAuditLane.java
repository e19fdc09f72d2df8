package org.sahakum.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The read entries of one tenant's chain waiting to be written, and the thread that writes them in
 * batches, in the order they came. The thread lives while the lane has work and ends after a
 * second without any, so a server with many quiet tenants holds no thread per tenant.
 */
final class ReadAuditLane {
  private static final Logger LOG = Logger.getLogger(ReadAuditLane.class.getName());
  static final int MAX_BATCH = 500;
  private static final long IDLE_MILLIS = 1000;

  /** An entry and the reader waiting for it. */
  private record Waiting(AuditRecord record, CompletableFuture<Void> written) {}

  private final long tenantId;
  private final ThreadFactory threads;
  private final Consumer<List<AuditRecord>> writer;
  private final LinkedBlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
  private boolean running;
  private boolean stopping;
  private Thread thread;

  /** {@code writer} writes one batch, all of this tenant, in one transaction, or throws. */
  ReadAuditLane(long tenantId, ThreadFactory threads, Consumer<List<AuditRecord>> writer) {
    this.tenantId = tenantId;
    this.threads = threads;
    this.writer = writer;
  }

  /** Queues {@code record}; the future completes once it is in the chain, or fails with why not. */
  CompletableFuture<Void> add(AuditRecord record) {
    Waiting w = new Waiting(record, new CompletableFuture<>());
    synchronized (this) {
      if (stopping) {
        w.written().completeExceptionally(new IllegalStateException("server stopping"));
        return w.written();
      }
      queue.add(w);
      if (!running) {
        running = true;
        thread = threads.newThread(this::run);
        thread.setName("sahakum-audit-reads-" + tenantId);
        thread.setDaemon(true);
        thread.start();
      }
    }
    return w.written();
  }

  private void run() {
    List<Waiting> batch = new ArrayList<>();
    try {
      while (true) {
        Waiting first = queue.poll(IDLE_MILLIS, TimeUnit.MILLISECONDS);
        if (first == null) {
          synchronized (this) {
            if (queue.isEmpty() || stopping) {
              running = false;
              break;
            }
          }
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        write(batch);
        batch.clear();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      synchronized (this) {
        if (thread == Thread.currentThread()) {
          running = false;
        }
      }
      batch.forEach(w -> w.written().completeExceptionally(new IllegalStateException("server stopping")));
      if (stopping) {
        failAll();
      }
    }
  }

  private void write(List<Waiting> batch) {
    try {
      writer.accept(batch.stream().map(Waiting::record).toList());
      batch.forEach(w -> w.written().complete(null));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, batch.size() + " audit entries of reads of tenant " + tenantId + " were not written", e);
      batch.forEach(w -> w.written().completeExceptionally(e));
    }
  }

  private void failAll() {
    List<Waiting> left = new ArrayList<>();
    queue.drainTo(left);
    left.forEach(w -> w.written().completeExceptionally(new IllegalStateException("server stopping")));
  }

  synchronized void stop() {
    stopping = true;
    if (thread != null) {
      thread.interrupt();
    }
    failAll();
  }
}
