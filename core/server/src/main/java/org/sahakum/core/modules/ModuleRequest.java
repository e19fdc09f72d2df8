package org.sahakum.core.modules;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sahakum.api.ModuleContext;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.failover.FailoverAttempt;
import org.sahakum.core.lockdown.ModuleLockdown;
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

  @Inject CurrentCaller caller;
  @Inject ModuleContexts contexts;

  private EntityManager em;
  /** EntityManagers the module's context opened besides {@link #em} (a chapter mandate's, at the organisation). */
  private final java.util.List<EntityManager> alsoOpened = new java.util.ArrayList<>();
  private boolean inTransaction;
  private ModuleLockdown lockdown;
  private Exception commitFailure;

  /**
   * Opens the request. A {@code read} (GET or HEAD) runs without a transaction, on an
   * EntityManager that refuses changes, so busy readers hold no locks and their audit entries can
   * be batched; everything else runs in a transaction.
   */
  Object open(Tenant tenant, LoadedModule module, boolean read) {
    long accountId = caller.requireLogin().accountId();
    commitFailure = null;
    try {
      if (!read) {
        transaction().begin();
        inTransaction = true;
        FailoverAttempt.commitsLater();
      }
      em = contexts.entityManager(module, tenant, read);
    } catch (Exception e) {
      end(false);
      throw new IllegalStateException("could not open the module's request", e);
    }
    ModuleContext context = contexts.context(module, tenant, accountId, em, read, alsoOpened::add);
    lockdown = (ModuleLockdown) context.lockdown();
    return module.module().resource(context);
  }

  /** The request's lockdown gate, once the module has been opened. */
  Optional<ModuleLockdown> lockdown() {
    return Optional.ofNullable(lockdown);
  }

  /** A read (GET, HEAD): no transaction, an EntityManager that refuses changes. */
  boolean isRead() {
    return em != null && !inTransaction;
  }

  /** Why the last commit failed, if it did. */
  Optional<Exception> commitFailure() {
    return Optional.ofNullable(commitFailure);
  }

  boolean isOpen() {
    return em != null || inTransaction;
  }

  /**
   * Ends the request: commits its transaction when {@code success}, else rolls back.
   *
   * @return false when a commit was asked for and failed (the work is rolled back)
   */
  boolean end(boolean success) {
    if (!isOpen()) {
      return true;
    }
    boolean hadTransaction = inTransaction;
    inTransaction = false;
    try {
      if (!hadTransaction) {
        return true;
      }
      if (success && transaction().getStatus() == Status.STATUS_ACTIVE) {
        transaction().commit();
        return true;
      }
      if (transaction().getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction().rollback();
      }
      return !success;
    } catch (Exception e) {
      commitFailure = e;
      LOG.log(Level.WARNING, "A module's transaction could not be committed; it was rolled back", e);
      rollbackQuietly();
      return false;
    } finally {
      if (em != null && em.isOpen()) {
        em.close();
      }
      em = null;
      alsoOpened.stream().filter(EntityManager::isOpen).forEach(EntityManager::close);
      alsoOpened.clear();
    }
  }

  private void rollbackQuietly() {
    try {
      if (transaction().getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction().rollback();
      }
    } catch (SystemException | IllegalStateException | SecurityException e) {
      LOG.log(Level.WARNING, "Rollback failed", e);
    }
  }

  private UserTransaction transaction() {
    return contexts.transaction();
  }

  @PreDestroy
  void release() {
    end(false);
  }
}
