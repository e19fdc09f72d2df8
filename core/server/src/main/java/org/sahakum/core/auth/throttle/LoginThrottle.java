package org.sahakum.core.auth.throttle;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The server's login throttle (see {@link ThrottlePolicy}), its failures kept in the database so
 * that every server of a cluster counts the same ones. Only hashes of logins and addresses are kept.
 */
@ApplicationScoped
public class LoginThrottle implements FailureStore {

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  private Throttle throttle;

  @PostConstruct
  void init() {
    throttle = new Throttle(this, policy(ConfigProvider.getConfig()), Clock.systemUTC());
  }

  /** How long an attempt must still wait; empty when it may be checked now. */
  public Optional<Duration> wait(String login, String address) {
    return throttle.wait(login, address);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(String login, String address) {
    throttle.failed(login, address);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void succeeded(String login, String address) {
    throttle.succeeded(login, address);
  }

  @Override
  public Counts counts(Keys keys, Instant pairSince, Instant loginSince, Instant everywhereSince) {
    long pair = count(COUNT_PAIR, keys.pair(), pairSince);
    long login = count(COUNT_LOGIN, keys.login(), loginSince);
    long everywhere = em.createQuery("SELECT COUNT(f) FROM LoginFailure f WHERE f.at >= :since", Long.class)
        .setParameter("since", everywhereSince).getSingleResult();
    return new Counts(pair, pair == 0 ? null : latest(LATEST_PAIR, keys.pair(), pairSince),
        login, login == 0 ? null : latest(LATEST_LOGIN, keys.login(), loginSince),
        everywhere, latest(LATEST_ADDRESS, keys.address(), everywhereSince));
  }

  /**
   * Records a failure and forgets old ones. Forgotten rows are found by a plain read and deleted by
   * primary key: a DELETE over a range of {@code at} (or of a pair key) takes next-key locks that
   * concurrent failures' inserts wait on, and two such logins could deadlock each other.
   */
  @Override
  public void record(Keys keys, Instant at, Instant forgetBefore) {
    deleteByIds(em.createQuery("SELECT f.id FROM LoginFailure f WHERE f.at < :old", Long.class)
        .setParameter("old", forgetBefore).setMaxResults(FORGET_AT_ONCE).getResultList());
    em.persist(new LoginFailure(keys, at));
  }

  @Override
  public void forgetPair(Keys keys) {
    deleteByIds(em.createQuery("SELECT f.id FROM LoginFailure f WHERE f.pairKey = :p", Long.class)
        .setParameter("p", keys.pair()).getResultList());
  }

  /** Old failures forgotten per recorded one: enough to keep up, few enough to keep a login short. */
  private static final int FORGET_AT_ONCE = 500;

  private void deleteByIds(List<Long> ids) {
    if (!ids.isEmpty()) {
      em.createQuery("DELETE FROM LoginFailure f WHERE f.id IN :ids").setParameter("ids", ids).executeUpdate();
    }
  }

  private static final String COUNT_PAIR = "SELECT COUNT(f) FROM LoginFailure f WHERE f.pairKey = :k AND f.at >= :since";
  private static final String COUNT_LOGIN = "SELECT COUNT(f) FROM LoginFailure f WHERE f.loginKey = :k AND f.at >= :since";
  private static final String LATEST_PAIR =
      "SELECT f FROM LoginFailure f WHERE f.pairKey = :k AND f.at >= :since ORDER BY f.at DESC";
  private static final String LATEST_LOGIN =
      "SELECT f FROM LoginFailure f WHERE f.loginKey = :k AND f.at >= :since ORDER BY f.at DESC";
  private static final String LATEST_ADDRESS =
      "SELECT f FROM LoginFailure f WHERE f.addressKey = :k AND f.at >= :since ORDER BY f.at DESC";

  private long count(String jpql, String key, Instant since) {
    return em.createQuery(jpql, Long.class).setParameter("k", key).setParameter("since", since).getSingleResult();
  }

  private Instant latest(String jpql, String key, Instant since) {
    return em.createQuery(jpql, LoginFailure.class)
        .setParameter("k", key).setParameter("since", since).setMaxResults(1)
        .getResultStream().findFirst().map(LoginFailure::at).orElse(null);
  }

  static ThrottlePolicy policy(Config config) {
    ThrottlePolicy d = ThrottlePolicy.defaults();
    return new ThrottlePolicy(
        config.getOptionalValue("sahakum.login.free-failures", Integer.class).orElse(d.freePerPair()),
        d.firstDelay(),
        config.getOptionalValue("sahakum.login.max-delay-seconds", Long.class).map(Duration::ofSeconds)
            .orElse(d.maxPairDelay()),
        d.memory(),
        config.getOptionalValue("sahakum.login.attack-failures-per-hour", Integer.class).orElse(d.attackPerHour()),
        d.accountDelay(),
        config.getOptionalValue("sahakum.login.spray-failures-per-10-minutes", Integer.class).orElse(d.sprayPerWindow()),
        d.sprayAddressDelay());
  }
}
