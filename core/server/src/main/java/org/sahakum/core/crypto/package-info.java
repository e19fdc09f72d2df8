/**
 * Field encryption. A master key (from {@code SAHAKUM_MASTER_KEY_FILE}, or generated once in the
 * data folder with mode 600) wraps one data key per organisation and version; identifying fields
 * are sealed with AES-256-GCM under the organisation's newest data key, bound to the organisation
 * and the field so that a sealed value cannot be moved elsewhere. Phone numbers also get a blind
 * index, so that a look-up by phone needs no decryption of the register.
 */
package org.sahakum.core.crypto;
