package org.sahakum.core.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.sahakum.core.platform.ServerSettings;

/**
 * The master key: 32 bytes, base64 in a file. It never enters the database; losing it makes every
 * sealed field unreadable, which is why the README tells operators to back it up apart from the
 * database.
 */
@ApplicationScoped
public class MasterKey {
  private static final Logger LOG = Logger.getLogger(MasterKey.class.getName());

  @Inject ServerSettings settings;

  private volatile SecretKey key;
  private volatile Path source;

  SecretKey get() {
    SecretKey k = key;
    if (k == null) {
      synchronized (this) {
        if (key == null) {
          key = load();
        }
        k = key;
      }
    }
    return k;
  }

  /** Seals a value the server keeps for itself a short while (not an organisation's data). */
  public byte[] seal(byte[] plain, String context) {
    return Aead.seal(get(), plain, context);
  }

  /** Opens what {@link #seal} sealed under the same context. */
  public byte[] open(byte[] sealed, String context) {
    return Aead.open(get(), sealed, context);
  }

  /** The file the key was read from, for messages (the key itself is never shown). */
  String source() {
    get();
    return String.valueOf(source);
  }

  private SecretKey load() {
    Path file = settings.masterKeyFile().orElseGet(() -> settings.dataDir()
        .map(d -> d.resolve("master.key"))
        .orElseThrow(() -> new IllegalStateException("Set SAHAKUM_MASTER_KEY_FILE or SAHAKUM_DATA_DIR for field encryption")));
    source = file.toAbsolutePath();
    try {
      if (!Files.exists(file) && settings.masterKeyFile().isEmpty()) {
        generate(file);
      }
      byte[] raw = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
      if (raw.length != 32) {
        throw new IllegalStateException("The master key in " + file + " must be 32 bytes, base64-encoded");
      }
      return new SecretKeySpec(raw, "AES");
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("Cannot read the master key from " + file + ": " + e.getMessage(), e);
    }
  }

  private static void generate(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, Base64.getEncoder().encodeToString(raw) + "\n", StandardCharsets.US_ASCII);
      LOG.warning("Generated a new master key at " + file + ": back it up apart from the database");
    } catch (FileAlreadyExistsException e) {
      // another server generated it a moment ago; use that one
    }
  }
}
