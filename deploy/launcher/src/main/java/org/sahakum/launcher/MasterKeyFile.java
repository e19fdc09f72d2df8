package org.sahakum.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import org.sahakum.auditchain.ChainKey;

/**
 * The server's master key file, for the commands that derive a key from it: {@code
 * SAHAKUM_MASTER_KEY_FILE}, else {@code master.key} in {@code SAHAKUM_DATA_DIR}, as the server finds
 * it. Never created here: without the file the audit chain cannot be checked nor a backup read.
 */
final class MasterKeyFile {
  private MasterKeyFile() {}

  /** The audit chain's key, for {@code verify-audit}. */
  static ChainKey chainKey(Settings settings) throws CommandFailure {
    byte[] raw = read(settings, "the audit trail is keyed with it");
    try {
      return ChainKey.fromMasterKey(raw);
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  /** The 32 bytes of the master key; the caller clears them after use. */
  static byte[] read(Settings settings, String whyNeeded) throws CommandFailure {
    Path file = settings.masterKeyFile();
    if (!Files.isRegularFile(file)) {
      throw new CommandFailure("no master key at " + file + " (set SAHAKUM_MASTER_KEY_FILE as for the server): "
          + whyNeeded);
    }
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
    } catch (IOException | IllegalArgumentException e) {
      throw new CommandFailure("cannot read the master key in " + file + ": it must be 32 bytes, base64-encoded");
    }
    if (raw.length != 32) {
      Arrays.fill(raw, (byte) 0);
      throw new CommandFailure("the master key in " + file + " must be 32 bytes, base64-encoded");
    }
    return raw;
  }
}
