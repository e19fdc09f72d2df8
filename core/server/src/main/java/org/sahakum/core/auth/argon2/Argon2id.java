package org.sahakum.core.auth.argon2;

/**
 * argon2id, version 0x13 (RFC 9106), filling a memory it is given instead of one it allocates: a
 * server that checks passwords all day keeps a few such memories (see {@link Argon2Memories}), so a
 * check allocates almost nothing. (password4j and BouncyCastle allocate each check's 19 MiB afresh,
 * as some 19,000 small arrays: on a small heap the collector then spends more time copying them than
 * the hash spends computing them.) Lanes are filled one after another, which RFC 9106 allows.
 */
public final class Argon2id {
  static final int BLOCK_LONGS = 128;
  private static final int SYNC_POINTS = 4;
  private static final int TYPE_ID = 2;
  private static final int VERSION = 0x13;

  private Argon2id() {}

  /** How many 64-bit words a memory for {@code memoryKib} and {@code parallelism} must hold. */
  public static int memoryLongs(int memoryKib, int parallelism) {
    return blocks(memoryKib, parallelism) * BLOCK_LONGS;
  }

  private static int blocks(int memoryKib, int parallelism) {
    int m = Math.max(memoryKib, 8 * parallelism);
    return m - m % (SYNC_POINTS * parallelism);
  }

  /**
   * The tag of {@code password} and {@code salt}, {@code length} bytes long, using {@code memory}
   * (at least {@link #memoryLongs} long; its first part is overwritten and then cleared).
   */
  public static byte[] derive(byte[] password, byte[] salt, int memoryKib, int iterations, int parallelism,
      int length, long[] memory) {
    if (iterations < 1 || parallelism < 1 || length < 4 || salt.length < 8) {
      throw new IllegalArgumentException("argon2id needs t >= 1, p >= 1, a tag of 4 bytes or more and a salt of 8");
    }
    int blocks = blocks(memoryKib, parallelism);
    if (memory.length < blocks * BLOCK_LONGS) {
      throw new IllegalArgumentException("the memory is too small for m=" + memoryKib);
    }
    Instance in = new Instance(memory, blocks, iterations, parallelism);
    try {
      byte[] h0 = new Blake2b(64).updateInt(parallelism).updateInt(length).updateInt(memoryKib).updateInt(iterations)
          .updateInt(VERSION).updateInt(TYPE_ID).updateInt(password.length).update(password)
          .updateInt(salt.length).update(salt).updateInt(0).updateInt(0).digest();
      byte[] seed = java.util.Arrays.copyOf(h0, 72);
      for (int lane = 0; lane < parallelism; lane++) {
        for (int j = 0; j < 2; j++) {
          seed[64] = (byte) j;
          seed[65] = seed[66] = seed[67] = 0;
          littleEndian(lane, seed, 68);
          toLongs(hashLong(seed, 1024), memory, (lane * in.laneLength + j) * BLOCK_LONGS);
        }
      }
      for (int pass = 0; pass < iterations; pass++) {
        for (int slice = 0; slice < SYNC_POINTS; slice++) {
          for (int lane = 0; lane < parallelism; lane++) {
            in.fillSegment(pass, lane, slice);
          }
        }
      }
      long[] last = new long[BLOCK_LONGS];
      for (int lane = 0; lane < parallelism; lane++) {
        int at = (lane * in.laneLength + in.laneLength - 1) * BLOCK_LONGS;
        for (int i = 0; i < BLOCK_LONGS; i++) {
          last[i] ^= memory[at + i];
        }
      }
      byte[] c = new byte[1024];
      for (int i = 0; i < 1024; i++) {
        c[i] = (byte) (last[i >>> 3] >>> (8 * (i & 7)));
      }
      return hashLong(c, length);
    } finally {
      java.util.Arrays.fill(memory, 0, blocks * BLOCK_LONGS, 0L);
    }
  }

  /** H' of RFC 9106: a BLAKE2b of any length. */
  static byte[] hashLong(byte[] input, int length) {
    byte[] len = new byte[4];
    littleEndian(length, len, 0);
    if (length <= 64) {
      return new Blake2b(length).update(len).update(input).digest();
    }
    byte[] out = new byte[length];
    byte[] v = new Blake2b(64).update(len).update(input).digest();
    int at = 0;
    while (length - at > 64) {
      System.arraycopy(v, 0, out, at, 32);
      at += 32;
      v = length - at > 64 ? new Blake2b(64).update(v).digest() : new Blake2b(length - at).update(v).digest();
    }
    System.arraycopy(v, 0, out, at, length - at);
    return out;
  }

  private static void littleEndian(int value, byte[] to, int at) {
    for (int i = 0; i < 4; i++) {
      to[at + i] = (byte) (value >>> (8 * i));
    }
  }

  private static void toLongs(byte[] bytes, long[] to, int at) {
    for (int i = 0; i < bytes.length / 8; i++) {
      long w = 0;
      for (int b = 7; b >= 0; b--) {
        w = (w << 8) | (bytes[i * 8 + b] & 0xFF);
      }
      to[at + i] = w;
    }
  }

  /** One derivation's geometry and scratch blocks. */
  private static final class Instance {
    final long[] memory;
    final int blocks;
    final int passes;
    final int lanes;
    final int laneLength;
    final int segmentLength;
    final long[] r = new long[BLOCK_LONGS];
    final long[] tmp = new long[BLOCK_LONGS];
    final long[] address = new long[BLOCK_LONGS];
    final long[] input = new long[BLOCK_LONGS];
    final long[] zero = new long[BLOCK_LONGS];

    Instance(long[] memory, int blocks, int passes, int lanes) {
      this.memory = memory;
      this.blocks = blocks;
      this.passes = passes;
      this.lanes = lanes;
      this.laneLength = blocks / lanes;
      this.segmentLength = laneLength / SYNC_POINTS;
    }

    void fillSegment(int pass, int lane, int slice) {
      boolean independent = pass == 0 && slice < 2;
      if (independent) {
        java.util.Arrays.fill(input, 0L);
        input[0] = pass;
        input[1] = lane;
        input[2] = slice;
        input[3] = blocks;
        input[4] = passes;
        input[5] = TYPE_ID;
      }
      int start = 0;
      if (pass == 0 && slice == 0) {
        start = 2;
        if (independent) {
          nextAddresses();
        }
      }
      int current = lane * laneLength + slice * segmentLength + start;
      int previous = current % laneLength == 0 ? current + laneLength - 1 : current - 1;
      for (int i = start; i < segmentLength; i++, current++, previous++) {
        if (current % laneLength == 1) {
          previous = current - 1;
        }
        long random;
        if (independent) {
          if (i % BLOCK_LONGS == 0) {
            nextAddresses();
          }
          random = address[i % BLOCK_LONGS];
        } else {
          random = memory[previous * BLOCK_LONGS];
        }
        int refLane = pass == 0 && slice == 0 ? lane : (int) ((random >>> 32) % lanes);
        int refIndex = indexAlpha(pass, slice, i, random & 0xFFFFFFFFL, refLane == lane);
        fillBlock(memory, previous * BLOCK_LONGS, memory, (refLane * laneLength + refIndex) * BLOCK_LONGS, memory,
            current * BLOCK_LONGS, pass > 0);
      }
    }

    private int indexAlpha(int pass, int slice, int index, long random, boolean sameLane) {
      long area;
      if (pass == 0) {
        if (slice == 0) {
          area = index - 1;
        } else if (sameLane) {
          area = (long) slice * segmentLength + index - 1;
        } else {
          area = (long) slice * segmentLength + (index == 0 ? -1 : 0);
        }
      } else if (sameLane) {
        area = laneLength - segmentLength + index - 1;
      } else {
        area = laneLength - segmentLength + (index == 0 ? -1 : 0);
      }
      long relative = (random * random) >>> 32;
      relative = area - 1 - ((area * relative) >>> 32);
      long startAt = pass != 0 && slice != SYNC_POINTS - 1 ? (long) (slice + 1) * segmentLength : 0;
      return (int) ((startAt + relative) % laneLength);
    }

    private void nextAddresses() {
      input[6]++;
      fillBlock(zero, 0, input, 0, address, 0, false);
      fillBlock(zero, 0, address, 0, address, 0, false);
    }

    /** {@code next = G(prev, ref)}, or {@code next ^= G(prev, ref)} in the passes after the first. */
    private void fillBlock(long[] prevMem, int prev, long[] refMem, int ref, long[] next, int at, boolean xor) {
      for (int i = 0; i < BLOCK_LONGS; i++) {
        r[i] = prevMem[prev + i] ^ refMem[ref + i];
      }
      if (xor) {
        for (int i = 0; i < BLOCK_LONGS; i++) {
          tmp[i] = r[i] ^ next[at + i];
        }
      } else {
        System.arraycopy(r, 0, tmp, 0, BLOCK_LONGS);
      }
      for (int i = 0; i < 8; i++) {
        int b = 16 * i;
        Permutation.round(r, b, b + 1, b + 2, b + 3, b + 4, b + 5, b + 6, b + 7, b + 8, b + 9, b + 10, b + 11,
            b + 12, b + 13, b + 14, b + 15);
      }
      for (int i = 0; i < 8; i++) {
        int b = 2 * i;
        Permutation.round(r, b, b + 1, b + 16, b + 17, b + 32, b + 33, b + 48, b + 49, b + 64, b + 65, b + 80,
            b + 81, b + 96, b + 97, b + 112, b + 113);
      }
      for (int i = 0; i < BLOCK_LONGS; i++) {
        next[at + i] = tmp[i] ^ r[i];
      }
    }
  }
}
