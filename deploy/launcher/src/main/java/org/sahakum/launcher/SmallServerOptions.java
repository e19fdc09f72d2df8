package org.sahakum.launcher;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The embedded MariaDB's memory, sized for a 1 GB server beside Payara: MariaDB's defaults reserve
 * a 128 MB buffer pool, a 16 MB log buffer and caches for two thousand tables, for a database that
 * holds a few hundred MB. Only the buffer pool is a setting ({@code SAHAKUM_DB_BUFFER_POOL}): it is
 * what a large organisation's lists read from.
 */
final class SmallServerOptions {
  static final String DEFAULT_BUFFER_POOL = "64m";
  private static final Pattern SIZE = Pattern.compile("[0-9]{1,6}[mMgG]");

  private SmallServerOptions() {}

  /** The mariadbd options for a buffer pool of {@code bufferPool} ({@code 64m}, {@code 1g}). */
  static List<String> of(String bufferPool) {
    if (!SIZE.matcher(bufferPool).matches()) {
      throw new IllegalArgumentException("SAHAKUM_DB_BUFFER_POOL must be a size like 64m or 1g, not '" + bufferPool + "'");
    }
    return List.of(
        "--innodb-buffer-pool-size=" + bufferPool.toUpperCase(),
        "--innodb-log-buffer-size=4M",
        "--performance-schema=OFF",
        "--key-buffer-size=1M",
        "--aria-pagecache-buffer-size=8M",
        "--table-open-cache=400",
        "--table-definition-cache=400",
        "--thread-cache-size=8",
        "--max-connections=100",
        "--skip-name-resolve");
  }
}
