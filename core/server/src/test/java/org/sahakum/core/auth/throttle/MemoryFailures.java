package org.sahakum.core.auth.throttle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** The failures in memory, as the database adapter keeps them. */
final class MemoryFailures implements FailureStore {
  private record Row(Keys keys, Instant at) {}

  private final List<Row> rows = new ArrayList<>();

  @Override
  public Counts counts(Keys keys, Instant pairSince, Instant loginSince, Instant everywhereSince) {
    List<Row> pair = since(r -> r.keys().pair().equals(keys.pair()), pairSince);
    List<Row> login = since(r -> r.keys().login().equals(keys.login()), loginSince);
    List<Row> everywhere = since(r -> true, everywhereSince);
    List<Row> address = since(r -> r.keys().address().equals(keys.address()), everywhereSince);
    return new Counts(pair.size(), latest(pair), login.size(), latest(login), everywhere.size(), latest(address));
  }

  @Override
  public void record(Keys keys, Instant at, Instant forgetBefore) {
    rows.removeIf(r -> r.at().isBefore(forgetBefore));
    rows.add(new Row(keys, at));
  }

  @Override
  public void forgetPair(Keys keys) {
    rows.removeIf(r -> r.keys().pair().equals(keys.pair()));
  }

  int size() {
    return rows.size();
  }

  private List<Row> since(Predicate<Row> which, Instant since) {
    return rows.stream().filter(which).filter(r -> !r.at().isBefore(since)).toList();
  }

  private static Instant latest(List<Row> rows) {
    return rows.stream().map(Row::at).max(Comparator.naturalOrder()).orElse(null);
  }
}
