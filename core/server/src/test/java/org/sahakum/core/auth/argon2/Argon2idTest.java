package org.sahakum.core.auth.argon2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

/** Our argon2id against BouncyCastle's and password4j's, byte for byte, over many shapes of input. */
class Argon2idTest {

  static byte[] bouncyCastle(byte[] password, byte[] salt, int m, int t, int p, int length) {
    Argon2BytesGenerator g = new Argon2BytesGenerator();
    g.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withSalt(salt).withMemoryAsKB(m).withIterations(t).withParallelism(p).build());
    byte[] out = new byte[length];
    g.generateBytes(password, out);
    return out;
  }

  static byte[] ours(byte[] password, byte[] salt, int m, int t, int p, int length) {
    return Argon2id.derive(password, salt, m, t, p, length, new long[Argon2id.memoryLongs(m, p)]);
  }

  @Test
  void the_tags_match_bouncycastles_for_many_parameters_lengths_and_lanes() {
    Random random = new Random(22);
    int[][] shapes = {{8, 1, 1}, {16, 3, 1}, {64, 2, 2}, {100, 1, 4}, {256, 4, 3}, {1024, 2, 1}, {37, 2, 1}};
    for (int[] s : shapes) {
      for (int length : new int[] {4, 16, 32, 64, 65, 96, 129}) {
        byte[] password = new byte[random.nextInt(80)];
        byte[] salt = new byte[8 + random.nextInt(24)];
        random.nextBytes(password);
        random.nextBytes(salt);
        assertArrayEquals(bouncyCastle(password, salt, s[0], s[1], s[2], length),
            ours(password, salt, s[0], s[1], s[2], length), "m=" + s[0] + " t=" + s[1] + " p=" + s[2] + " T=" + length);
      }
    }
  }

  @Test
  void the_servers_parameters_match_password4j_and_bouncycastle_and_a_reused_memory_changes_nothing() {
    long[] memory = new long[Argon2id.memoryLongs(19_456, 1)];
    byte[] salt = "sixteen byte slt".getBytes(StandardCharsets.US_ASCII);
    for (String password : new String[] {"correct horse battery staple", "ពាក្យសម្ងាត់", ""}) {
      byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
      byte[] expected = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID, Argon2Function.ARGON2_VERSION_13)
          .hash(bytes, salt).getBytes();
      assertArrayEquals(expected, bouncyCastle(bytes, salt, 19_456, 2, 1, 32));
      assertArrayEquals(expected, Argon2id.derive(bytes, salt, 19_456, 2, 1, 32, memory), password);
      assertEquals(0, Arrays.stream(memory).filter(w -> w != 0).count(), "the memory is cleared after each use");
    }
  }

  @Test
  void blake2b_matches_bouncycastles_at_block_edges() {
    for (int size : new int[] {0, 1, 127, 128, 129, 255, 256, 257, 1024, 1100}) {
      byte[] data = new byte[size];
      new Random(size).nextBytes(data);
      for (int length : new int[] {1, 32, 64}) {
        Blake2bDigest bc = new Blake2bDigest(length * 8);
        bc.update(data, 0, data.length);
        byte[] expected = new byte[length];
        bc.doFinal(expected, 0);
        assertArrayEquals(expected, new Blake2b(length).update(data).digest(), size + " bytes, " + length);
      }
    }
    // RFC 7693, appendix A: BLAKE2b-512("abc")
    assertEquals("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
        + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923",
        HexFormat.of().formatHex(new Blake2b(64).update("abc".getBytes(StandardCharsets.US_ASCII)).digest()));
  }

  @Test
  void a_memory_too_small_or_weak_parameters_are_refused() {
    assertThrows(IllegalArgumentException.class, () -> Argon2id.derive(new byte[1], new byte[16], 64, 1, 1, 32, new long[10]));
    assertThrows(IllegalArgumentException.class, () -> ours(new byte[1], new byte[16], 64, 0, 1, 32));
    assertThrows(IllegalArgumentException.class, () -> ours(new byte[1], new byte[4], 64, 1, 1, 32));
  }
}
