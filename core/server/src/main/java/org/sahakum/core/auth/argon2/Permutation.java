package org.sahakum.core.auth.argon2;

/** argon2's permutation P (BLAKE2b's round with the BlaMka multiplications), on 16 words of a block. */
final class Permutation {
  private Permutation() {}

  /** P on {@code v[i0..i15]}: loaded into locals, mixed, stored back (locals let the JIT keep them in registers). */
  static void round(long[] v, int i0, int i1, int i2, int i3, int i4, int i5, int i6, int i7, int i8, int i9,
      int i10, int i11, int i12, int i13, int i14, int i15) {
    long v0 = v[i0], v1 = v[i1], v2 = v[i2], v3 = v[i3], v4 = v[i4], v5 = v[i5], v6 = v[i6], v7 = v[i7];
    long v8 = v[i8], v9 = v[i9], v10 = v[i10], v11 = v[i11], v12 = v[i12], v13 = v[i13], v14 = v[i14];
    long v15 = v[i15];
    // G(v0, v4, v8, v12)
    v0 = blaMka(v0, v4); v12 = Long.rotateRight(v12 ^ v0, 32); v8 = blaMka(v8, v12); v4 = Long.rotateRight(v4 ^ v8, 24);
    v0 = blaMka(v0, v4); v12 = Long.rotateRight(v12 ^ v0, 16); v8 = blaMka(v8, v12); v4 = Long.rotateRight(v4 ^ v8, 63);
    // G(v1, v5, v9, v13)
    v1 = blaMka(v1, v5); v13 = Long.rotateRight(v13 ^ v1, 32); v9 = blaMka(v9, v13); v5 = Long.rotateRight(v5 ^ v9, 24);
    v1 = blaMka(v1, v5); v13 = Long.rotateRight(v13 ^ v1, 16); v9 = blaMka(v9, v13); v5 = Long.rotateRight(v5 ^ v9, 63);
    // G(v2, v6, v10, v14)
    v2 = blaMka(v2, v6); v14 = Long.rotateRight(v14 ^ v2, 32); v10 = blaMka(v10, v14); v6 = Long.rotateRight(v6 ^ v10, 24);
    v2 = blaMka(v2, v6); v14 = Long.rotateRight(v14 ^ v2, 16); v10 = blaMka(v10, v14); v6 = Long.rotateRight(v6 ^ v10, 63);
    // G(v3, v7, v11, v15)
    v3 = blaMka(v3, v7); v15 = Long.rotateRight(v15 ^ v3, 32); v11 = blaMka(v11, v15); v7 = Long.rotateRight(v7 ^ v11, 24);
    v3 = blaMka(v3, v7); v15 = Long.rotateRight(v15 ^ v3, 16); v11 = blaMka(v11, v15); v7 = Long.rotateRight(v7 ^ v11, 63);
    // G(v0, v5, v10, v15)
    v0 = blaMka(v0, v5); v15 = Long.rotateRight(v15 ^ v0, 32); v10 = blaMka(v10, v15); v5 = Long.rotateRight(v5 ^ v10, 24);
    v0 = blaMka(v0, v5); v15 = Long.rotateRight(v15 ^ v0, 16); v10 = blaMka(v10, v15); v5 = Long.rotateRight(v5 ^ v10, 63);
    // G(v1, v6, v11, v12)
    v1 = blaMka(v1, v6); v12 = Long.rotateRight(v12 ^ v1, 32); v11 = blaMka(v11, v12); v6 = Long.rotateRight(v6 ^ v11, 24);
    v1 = blaMka(v1, v6); v12 = Long.rotateRight(v12 ^ v1, 16); v11 = blaMka(v11, v12); v6 = Long.rotateRight(v6 ^ v11, 63);
    // G(v2, v7, v8, v13)
    v2 = blaMka(v2, v7); v13 = Long.rotateRight(v13 ^ v2, 32); v8 = blaMka(v8, v13); v7 = Long.rotateRight(v7 ^ v8, 24);
    v2 = blaMka(v2, v7); v13 = Long.rotateRight(v13 ^ v2, 16); v8 = blaMka(v8, v13); v7 = Long.rotateRight(v7 ^ v8, 63);
    // G(v3, v4, v9, v14)
    v3 = blaMka(v3, v4); v14 = Long.rotateRight(v14 ^ v3, 32); v9 = blaMka(v9, v14); v4 = Long.rotateRight(v4 ^ v9, 24);
    v3 = blaMka(v3, v4); v14 = Long.rotateRight(v14 ^ v3, 16); v9 = blaMka(v9, v14); v4 = Long.rotateRight(v4 ^ v9, 63);
    v[i0] = v0; v[i1] = v1; v[i2] = v2; v[i3] = v3; v[i4] = v4; v[i5] = v5; v[i6] = v6; v[i7] = v7;
    v[i8] = v8; v[i9] = v9; v[i10] = v10; v[i11] = v11; v[i12] = v12; v[i13] = v13; v[i14] = v14; v[i15] = v15;
  }

  private static long blaMka(long x, long y) {
    return x + y + 2 * (x & 0xFFFFFFFFL) * (y & 0xFFFFFFFFL);
  }
}
