package org.sahakum.plugins.legalaid.attachments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.ClientErrorException;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What a case file may be: type, signature, size. */
class AttachmentLimitsTest {

  @Test
  void a_pdf_within_the_limit_is_read_whole() {
    byte[] pdf = "%PDF-1.7 charge sheet".getBytes();
    assertArrayEquals(pdf, AttachmentLimits.read(new ByteArrayInputStream(pdf), "application/pdf"));
  }

  @Test
  void a_file_one_byte_too_large_is_413() {
    byte[] big = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, AttachmentLimits.MAX_BYTES + 1);
    assertEquals(413, status(big, "image/jpeg"));
    byte[] justRight = Arrays.copyOf(big, AttachmentLimits.MAX_BYTES);
    assertEquals(AttachmentLimits.MAX_BYTES, AttachmentLimits.read(new ByteArrayInputStream(justRight), "image/jpeg").length);
  }

  @Test
  void another_type_or_a_file_that_is_not_what_it_claims_is_415() {
    assertEquals(415, status("MZ executable".getBytes(), "application/x-msdownload"));
    assertEquals(415, status("<svg/>".getBytes(), "image/svg+xml"));
    assertEquals(415, status("%PDF-1.7".getBytes(), "image/png"));
    assertEquals(415, status(new byte[0], "application/pdf"));
  }

  private static int status(byte[] body, String type) {
    return assertThrows(ClientErrorException.class,
        () -> AttachmentLimits.read(new ByteArrayInputStream(body), type)).getResponse().getStatus();
  }
}
