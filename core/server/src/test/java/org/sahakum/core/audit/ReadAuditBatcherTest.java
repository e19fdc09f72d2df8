package org.sahakum.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The read-audit writer serves each tenant's chain on its own: a tenant whose append cannot finish
 * (its chain head held) delays only its own readers, and each chain still gets its entries in the
 * order they came. ReadPathIT shows the same on a real database with a held row lock.
 */
class ReadAuditBatcherTest {
  private static final long SLOW = 1;
  private static final long OTHER = 2;

  private final CountDownLatch slowHeadReleased = new CountDownLatch(1);
  private final List<AuditRecord> written = Collections.synchronizedList(new ArrayList<>());
  private final ReadAuditBatcher batcher = new ReadAuditBatcher();
  private final ExecutorService readers = Executors.newCachedThreadPool();

  ReadAuditBatcherTest() {
    batcher.threads = new ManagedThreadFactory() {
      @Override
      public Thread newThread(Runnable r) {
        return new Thread(r);
      }

      @Override
      public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
        throw new UnsupportedOperationException();
      }
    };
    batcher.writer = new BatchWriter() {
      @Override
      void write(List<AuditRecord> batch) {
        if (batch.get(0).tenantId() == SLOW) {
          try {
            slowHeadReleased.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
        }
        written.addAll(batch);
      }
    };
  }

  @AfterEach
  void stop() {
    slowHeadReleased.countDown();
    batcher.stop();
    readers.shutdownNow();
  }

  @Test
  void a_tenant_whose_append_is_stuck_does_not_hold_up_another_tenants_reads() throws Exception {
    Future<?> slowRead = readers.submit(() -> batcher.appendAndWait(read(SLOW, "slow")));
    for (int i = 0; i < 5; i++) {
      String action = "other-" + i;
      readers.submit(() -> batcher.appendAndWait(read(OTHER, action))).get(5, TimeUnit.SECONDS);
    }
    assertEquals(5, written.size(), "each of the other tenant's reads is on record: " + written);
    assertFalse(slowRead.isDone(), "the slow tenant's read still waits for its own entry");
    slowHeadReleased.countDown();
    slowRead.get(5, TimeUnit.SECONDS);
    assertEquals("slow", written.get(5).action());
  }

  @Test
  void each_chain_gets_its_entries_in_the_order_they_came() throws Exception {
    slowHeadReleased.countDown();
    for (int i = 0; i < 50; i++) {
      batcher.appendAndWait(read(i % 2 == 0 ? SLOW : OTHER, "read-" + i));
    }
    for (long tenant : new long[] {SLOW, OTHER}) {
      List<Integer> order = written.stream().filter(r -> r.tenantId() == tenant)
          .map(r -> Integer.parseInt(r.action().substring(5))).toList();
      assertEquals(25, order.size());
      assertTrue(order.equals(order.stream().sorted().toList()), "in order: " + order);
    }
  }

  private static AuditRecord read(long tenant, String action) {
    return new AuditRecord(tenant, 7L, action, "register", "x", null, Instant.now());
  }
}
