package org.sahakum.core.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void a_hash_is_argon2id_salted_and_verifies_only_the_right_password() {
    String hash = hasher.hash("correct horse battery staple");
    assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
    assertTrue(hasher.verify("correct horse battery staple", hash));
    assertFalse(hasher.verify("correct horse battery stapLe", hash));
    assertNotEquals(hash, hasher.hash("correct horse battery staple"), "each hash has its own salt");
  }

  @Test
  void a_malformed_hash_never_verifies() {
    assertFalse(hasher.verify("x", "plain-text-password"));
    assertFalse(hasher.verify("x", ""));
  }

  @Test
  void the_argon2id_bytes_match_bouncycastles() {
    byte[] salt = "sixteen byte slt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    for (String password : new String[] {"correct horse battery staple", "ពាក្យសម្ងាត់", ""}) {
      org.bouncycastle.crypto.generators.Argon2BytesGenerator bc = new org.bouncycastle.crypto.generators.Argon2BytesGenerator();
      bc.init(new org.bouncycastle.crypto.params.Argon2Parameters.Builder(org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_id)
          .withVersion(org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_VERSION_13).withSalt(salt)
          .withMemoryAsKB(19_456).withIterations(2).withParallelism(1).build());
      byte[] expected = new byte[32];
      bc.generateBytes(password.getBytes(java.nio.charset.StandardCharsets.UTF_8), expected);
      org.junit.jupiter.api.Assertions.assertArrayEquals(expected, PasswordHasher.derive(password, salt, 19_456, 2, 1, 32));
    }
  }

  @Test
  void khmer_passwords_work() {
    String hash = hasher.hash("ពាក្យសម្ងាត់ខ្មែរ");
    assertTrue(hasher.verify("ពាក្យសម្ងាត់ខ្មែរ", hash));
  }
}
