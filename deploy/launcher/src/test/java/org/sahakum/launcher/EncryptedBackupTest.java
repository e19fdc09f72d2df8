package org.sahakum.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EncryptedBackupTest {
  private static final byte[] KEY = filled(7);
  private static final byte[] OTHER_KEY = filled(8);

  @Test
  void what_is_written_reads_back_the_same_at_every_size_around_a_part() throws IOException {
    for (int size : new int[] {0, 1, EncryptedBackup.SEGMENT - 1, EncryptedBackup.SEGMENT, EncryptedBackup.SEGMENT + 1,
        3 * EncryptedBackup.SEGMENT + 12345}) {
      byte[] plain = random(size);
      assertArrayEquals(plain, read(seal(plain, KEY), KEY), "size " + size);
    }
  }

  @Test
  void the_file_shows_nothing_of_the_dump_and_two_backups_of_the_same_data_differ() throws IOException {
    byte[] plain = "INSERT INTO member VALUES (1,'សុខា','Sokha');".repeat(1000).getBytes(StandardCharsets.UTF_8);
    byte[] sealed = seal(plain, KEY);
    String asText = new String(sealed, StandardCharsets.ISO_8859_1);
    assertFalse(asText.contains("INSERT") || asText.contains("Sokha"), "plain text in the backup");
    assertFalse(Arrays.equals(sealed, seal(plain, KEY)), "each backup has its own salt and key");
  }

  @Test
  void another_master_key_cannot_open_it() throws IOException {
    byte[] sealed = seal(random(5000), KEY);
    IOException e = assertThrows(EncryptedBackup.Unreadable.class, () -> read(sealed, OTHER_KEY));
    assertTrue(e.getMessage().contains("cannot be opened with this master key"), e.getMessage());
  }

  @Test
  void a_changed_byte_a_cut_and_bytes_added_after_the_end_are_each_refused() throws IOException {
    byte[] sealed = seal(random(2 * EncryptedBackup.SEGMENT + 100), KEY);
    byte[] changed = sealed.clone();
    changed[EncryptedBackup.HEADER + EncryptedBackup.SEGMENT + 100] ^= 1;
    assertTrue(refusal(changed).contains("damaged at part 2"), refusal(changed));
    int firstPart = EncryptedBackup.HEADER + 4 + EncryptedBackup.SEGMENT + 16;
    byte[] cutAtAPart = Arrays.copyOf(sealed, firstPart);
    assertTrue(refusal(cutAtAPart).contains("cut off"), refusal(cutAtAPart));
    byte[] cutInAPart = Arrays.copyOf(sealed, firstPart + 1000);
    assertTrue(refusal(cutInAPart).contains("cut off"), refusal(cutInAPart));
    byte[] longer = Arrays.copyOf(sealed, sealed.length + 1);
    assertTrue(refusal(longer).contains("after its last part"), refusal(longer));
    byte[] notABackup = "-- MariaDB dump".getBytes(StandardCharsets.US_ASCII);
    assertTrue(refusal(notABackup).contains("not a Sahakum backup"), refusal(notABackup));
  }

  private static String refusal(byte[] sealed) {
    return assertThrows(EncryptedBackup.Unreadable.class, () -> read(sealed, KEY)).getMessage();
  }

  private static byte[] seal(byte[] plain, byte[] key) throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    try (OutputStream out = EncryptedBackup.writing(file, key)) {
      for (int i = 0; i < plain.length; i += 70_000) { // writes of another size than a part
        out.write(plain, i, Math.min(70_000, plain.length - i));
      }
    }
    return file.toByteArray();
  }

  private static byte[] read(byte[] sealed, byte[] key) throws IOException {
    try (InputStream in = EncryptedBackup.reading(new ByteArrayInputStream(sealed), key)) {
      return in.readAllBytes();
    }
  }

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  private static byte[] filled(int value) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) value);
    return key;
  }
}
