package org.sahakum.api;

/**
 * Encryption at rest for a module's confidential data (case notes, attachments), with the data key
 * of the request's organisation (AES-256-GCM; the core wraps each organisation's keys with its
 * master key). A sealed value names its key version, so the core can rotate keys while older
 * values stay readable.
 *
 * <p>{@code purpose} binds a sealed value to where it belongs, e.g. {@code case-note|42}: a value
 * opened under another purpose, another module or another organisation fails its integrity check.
 * Sealing is not auditing: a module that shows an opened value audits that read itself.
 */
public interface Sealer {

  /** {@code plain} sealed under the organisation's newest data key. */
  byte[] seal(String purpose, byte[] plain);

  /**
   * The plain bytes of a value {@link #seal}ed with the same {@code purpose}; throws
   * {@link IllegalStateException} when the value was altered or sealed for another purpose.
   */
  byte[] open(String purpose, byte[] sealed);

  /**
   * The same value sealed under the organisation's newest data key, for a key rotation (see
   * {@link SealedData}). A value already under the newest key comes back as the same array, so
   * the caller can leave its row alone.
   */
  default byte[] reseal(String purpose, byte[] sealed) {
    return seal(purpose, open(purpose, sealed));
  }
}
