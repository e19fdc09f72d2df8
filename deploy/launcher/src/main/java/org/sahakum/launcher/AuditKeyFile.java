package org.sahakum.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import org.sahakum.auditchain.ChainKey;

/**
 * The audit chain's key for {@code verify-audit}, derived from the server's master key file:
 * {@code SAHAKUM_MASTER_KEY_FILE}, else {@code master.key} in {@code SAHAKUM_DATA_DIR}, as the
 * server finds it. Never created here: without the file the keyed entries cannot be checked.
 */
final class AuditKeyFile {
  private AuditKeyFile() {}

  static ChainKey read(Settings settings) throws CommandFailure {
    Path file = settings.masterKeyFile();
    if (!Files.isRegularFile(file)) {
      throw new CommandFailure("no master key at " + file + " (set SAHAKUM_MASTER_KEY_FILE as for the server): "
          + "the audit trail is keyed with it");
    }
    byte[] raw = null;
    try {
      raw = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
      if (raw.length != 32) {
        throw new CommandFailure("the master key in " + file + " must be 32 bytes, base64-encoded");
      }
      return ChainKey.fromMasterKey(raw);
    } catch (IOException | IllegalArgumentException e) {
      throw new CommandFailure("cannot read the master key in " + file + ": it must be 32 bytes, base64-encoded");
    } finally {
      if (raw != null) {
        Arrays.fill(raw, (byte) 0);
      }
    }
  }
}
