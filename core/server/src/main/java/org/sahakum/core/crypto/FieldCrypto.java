package org.sahakum.core.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Seals and opens identifying fields of one organisation. A sealed value is
 * {@code 0x01 || key version (4 bytes) || AES-GCM(nonce, ciphertext, tag)}, bound to the
 * organisation and the field name.
 */
@ApplicationScoped
public class FieldCrypto {
  private static final byte FORMAT = 1;

  @Inject DataKeys keys;

  /** Seals {@code value}; null stays null. */
  public byte[] seal(long orgId, String field, String value) {
    if (value == null) {
      return null;
    }
    int version = currentVersion(orgId);
    byte[] sealed = Aead.seal(keys.key(orgId, version), value.getBytes(StandardCharsets.UTF_8), context(orgId, field));
    return ByteBuffer.allocate(5 + sealed.length).put(FORMAT).putInt(version).put(sealed).array();
  }

  /** The newest key version of the organisation: what {@link #reseal} brings values up to. */
  public int newestVersion(long orgId) {
    return currentVersion(orgId);
  }

  private int currentVersion(long orgId) {
    return keys.currentVersion(orgId);
  }

  /** The same value sealed under key {@code version}; a value already there, or null, is returned as it is. */
  public byte[] reseal(long orgId, String field, byte[] value, int version) {
    if (value == null || ByteBuffer.wrap(value, 1, 4).getInt() == version) {
      return value;
    }
    byte[] sealed = Aead.seal(keys.key(orgId, version), open(orgId, field, value).getBytes(StandardCharsets.UTF_8),
        context(orgId, field));
    return ByteBuffer.allocate(5 + sealed.length).put(FORMAT).putInt(version).put(sealed).array();
  }

  /** Opens a value sealed by {@link #seal}; null stays null. */
  public String open(long orgId, String field, byte[] value) {
    if (value == null) {
      return null;
    }
    ByteBuffer in = ByteBuffer.wrap(value);
    if (in.get() != FORMAT) {
      throw new IllegalStateException("unknown sealed-value format");
    }
    int version = in.getInt();
    byte[] sealed = new byte[in.remaining()];
    in.get(sealed);
    return new String(Aead.open(keys.key(orgId, version), sealed, context(orgId, field)), StandardCharsets.UTF_8);
  }

  /**
   * Seals a module's bytes, in the same format as a field, bound to the organisation, the module
   * and the module's {@code purpose}.
   */
  public byte[] sealModuleBytes(long orgId, String moduleId, String purpose, byte[] plain) {
    int version = currentVersion(orgId);
    byte[] sealed = Aead.seal(keys.key(orgId, version), plain, moduleContext(orgId, moduleId, purpose));
    return ByteBuffer.allocate(5 + sealed.length).put(FORMAT).putInt(version).put(sealed).array();
  }

  /** Opens bytes sealed by {@link #sealModuleBytes} with the same organisation, module and purpose. */
  public byte[] openModuleBytes(long orgId, String moduleId, String purpose, byte[] value) {
    ByteBuffer in = ByteBuffer.wrap(value);
    if (value.length < 5 || in.get() != FORMAT) {
      throw new IllegalStateException("unknown sealed-value format");
    }
    int version = in.getInt();
    byte[] sealed = new byte[in.remaining()];
    in.get(sealed);
    return Aead.open(keys.key(orgId, version), sealed, moduleContext(orgId, moduleId, purpose));
  }

  /**
   * Bytes sealed by {@link #sealModuleBytes}, sealed again under the organisation's newest key; a
   * value already there is returned as it is (the same array), after its integrity is checked.
   */
  public byte[] resealModuleBytes(long orgId, String moduleId, String purpose, byte[] value) {
    byte[] plain = openModuleBytes(orgId, moduleId, purpose, value);
    if (ByteBuffer.wrap(value, 1, 4).getInt() == currentVersion(orgId)) {
      return value;
    }
    return sealModuleBytes(orgId, moduleId, purpose, plain);
  }

  private static String moduleContext(long orgId, String moduleId, String purpose) {
    return "sahakum-module|" + orgId + "|" + moduleId + "|" + purpose;
  }

  private static String context(long orgId, String field) {
    return "sahakum-field|" + orgId + "|" + field;
  }
}
