package org.sahakum.launcher;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.sahakum.auditchain.Hkdf;

/**
 * The file format of {@code bin/sahakum backup}: a header, then segments of at most 1 MiB each
 * sealed with AES-256-GCM (the STREAM construction: the nonce is a random prefix, the segment's
 * number and a last-segment flag, so segments cannot be reordered, dropped or cut off unnoticed).
 * The key is derived from the master key and the header's random salt with HKDF, so it is never
 * stored, and every backup has a key of its own. Segments keep memory flat for any size, where
 * one GCM message would be held whole to be checked.
 */
final class EncryptedBackup {
  private static final byte[] MAGIC = "SAHAKUM-BACKUP-1".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] LABEL = "sahakum backup v1".getBytes(StandardCharsets.US_ASCII);
  private static final int SALT = 16;
  private static final int PREFIX = 7;
  static final int HEADER = MAGIC.length + SALT + PREFIX;
  static final int SEGMENT = 1 << 20;
  private static final int TAG_BITS = 128;

  private EncryptedBackup() {}

  /** A backup could not be read: damaged, cut off, or made with another master key. */
  static final class Unreadable extends IOException {
    Unreadable(String message) {
      super(message);
    }
  }

  /** Encrypts what is written into {@code out}; {@link OutputStream#close()} seals the last segment. */
  static OutputStream writing(OutputStream out, byte[] masterKey) throws IOException {
    byte[] header = new byte[HEADER];
    System.arraycopy(MAGIC, 0, header, 0, MAGIC.length);
    byte[] random = new byte[SALT + PREFIX];
    new SecureRandom().nextBytes(random);
    System.arraycopy(random, 0, header, MAGIC.length, random.length);
    out.write(header);
    return new Writer(out, header, key(masterKey, header));
  }

  /** Decrypts a backup read from {@code in}, failing with {@link Unreadable} at the first flaw. */
  static InputStream reading(InputStream in, byte[] masterKey) throws IOException {
    byte[] header = in.readNBytes(HEADER);
    if (header.length < HEADER || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
      throw new Unreadable("this is not a Sahakum backup (its first bytes are not a backup's header)");
    }
    return new Reader(in, header, key(masterKey, header));
  }

  private static SecretKeySpec key(byte[] masterKey, byte[] header) {
    byte[] raw = Hkdf.sha256(Arrays.copyOfRange(header, MAGIC.length, MAGIC.length + SALT), masterKey, LABEL);
    try {
      return new SecretKeySpec(raw, "AES");
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  private static GCMParameterSpec nonce(byte[] header, int segment, boolean last) {
    ByteBuffer nonce = ByteBuffer.allocate(12);
    nonce.put(header, MAGIC.length + SALT, PREFIX).putInt(segment).put((byte) (last ? 1 : 0));
    return new GCMParameterSpec(TAG_BITS, nonce.array());
  }

  private static Cipher cipher(int mode, SecretKeySpec key, byte[] header, int segment, boolean last) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, nonce(header, segment, last));
      cipher.updateAAD(header);
      return cipher;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has AES/GCM", e);
    }
  }

  private static final class Writer extends OutputStream {
    private final OutputStream out;
    private final byte[] header;
    private final SecretKeySpec key;
    private final byte[] buffer = new byte[SEGMENT];
    private int filled;
    private int segment;
    private boolean closed;

    Writer(OutputStream out, byte[] header, SecretKeySpec key) {
      this.out = out;
      this.header = header;
      this.key = key;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      while (length > 0) {
        if (filled == SEGMENT) {
          seal(false); // a full segment is sealed only once more follows, so the last is never empty-flagged wrongly
        }
        int n = Math.min(length, SEGMENT - filled);
        System.arraycopy(bytes, offset, buffer, filled, n);
        filled += n;
        offset += n;
        length -= n;
      }
    }

    private void seal(boolean last) throws IOException {
      try {
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, header, segment++, last).doFinal(buffer, 0, filled);
        out.write(ByteBuffer.allocate(4).putInt(sealed.length).array());
        out.write(sealed);
        filled = 0;
      } catch (GeneralSecurityException e) {
        throw new IOException("could not encrypt the backup: " + e.getMessage(), e);
      }
    }

    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      seal(true);
      Arrays.fill(buffer, (byte) 0);
      out.close();
    }
  }

  private static final class Reader extends InputStream {
    private final DataInputStream in;
    private final byte[] header;
    private final SecretKeySpec key;
    private byte[] plain = new byte[0];
    private int position;
    private int segment;
    private boolean sawLast;

    Reader(InputStream in, byte[] header, SecretKeySpec key) {
      this.in = new DataInputStream(in);
      this.header = header;
      this.key = key;
    }

    private byte[] open(byte[] sealed, boolean last) {
      try {
        return cipher(Cipher.DECRYPT_MODE, key, header, segment, last).doFinal(sealed);
      } catch (GeneralSecurityException e) {
        return null;
      }
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      while (position == plain.length) {
        if (sawLast) {
          return -1;
        }
        next();
      }
      int n = Math.min(length, plain.length - position);
      System.arraycopy(plain, position, bytes, offset, n);
      position += n;
      return n;
    }

    private void next() throws IOException {
      int length;
      try {
        length = in.readInt();
      } catch (EOFException e) {
        throw new Unreadable("the backup is cut off after " + segment + " MiB: its last part is missing");
      }
      if (length < 16 || length > SEGMENT + 16) {
        throw new Unreadable("the backup is damaged at part " + (segment + 1));
      }
      byte[] sealed = new byte[length];
      try {
        in.readFully(sealed);
      } catch (EOFException e) {
        throw new Unreadable("the backup is cut off in part " + (segment + 1));
      }
      // a middle part opens only as a middle part, the last only as the last: a cut at a part's
      // end leaves no last part, and bytes after the last part are refused
      boolean last = false;
      byte[] opened = open(sealed, false);
      if (opened == null) {
        last = true;
        opened = open(sealed, true);
      }
      if (opened == null) {
        throw new Unreadable(segment == 0
            ? "the backup cannot be opened with this master key, or it is damaged at its start"
            : "the backup is damaged at part " + (segment + 1));
      }
      if (last && in.read() != -1) {
        throw new Unreadable("the backup has bytes after its last part");
      }
      plain = opened;
      segment++;
      position = 0;
      sawLast = last;
    }
  }
}
