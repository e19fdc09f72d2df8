package org.sahakum.core.modules;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.tenancy.Tenant;

/**
 * One request into a module: a transaction begun before the module's code runs and ended by
 * {@link ModuleTransactionFilter} once the response is known (commit on success, roll back on an
 * error status), and an EntityManager scoped to the request's tenant. If the request ends any
 * other way, the transaction is rolled back here.
 */
@RequestScoped
public class ModuleRequest {
  private static final Logger LOG = Logger.getLogger(ModuleRequest.class.getName());

  @Resource UserTransaction transaction;
  @Inject CurrentCaller caller;
  @Inject ModuleContexts contexts;

  private EntityManager em;
  private boolean open;

  Object open(Tenant tenant, LoadedModule module) {
    long accountId = caller.requireLogin().accountId();
    try {
      transaction.begin();
      open = true;
      em = contexts.entityManager(module, tenant);
    } catch (Exception e) {
      end(false);
      throw new IllegalStateException("could not open the module's transaction", e);
    }
    return module.module().resource(contexts.context(module, tenant, accountId, em));
  }

  boolean isOpen() {
    return open;
  }

  /**
   * Ends the transaction: commits when {@code success}, else rolls back.
   *
   * @return false when a commit was asked for and failed (the work is rolled back)
   */
  boolean end(boolean success) {
    if (!open) {
      return true;
    }
    open = false;
    try {
      if (success && transaction.getStatus() == Status.STATUS_ACTIVE) {
        transaction.commit();
        return true;
      }
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
      return !success;
    } catch (Exception e) {
      LOG.log(Level.WARNING, "A module's transaction could not be committed; it was rolled back", e);
      rollbackQuietly();
      return false;
    } finally {
      if (em != null && em.isOpen()) {
        em.close();
      }
    }
  }

  private void rollbackQuietly() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (SystemException | IllegalStateException | SecurityException e) {
      LOG.log(Level.WARNING, "Rollback failed", e);
    }
  }

  @PreDestroy
  void release() {
    end(false);
  }
}
