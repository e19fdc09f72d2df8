package org.sahakum.plugins.legalaid.attachments;

import jakarta.ws.rs.ClientErrorException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;

/**
 * What a case may hold as a file: a PDF, a JPEG or a PNG of at most {@value #MAX_BYTES} bytes,
 * whose first bytes are those of the type it claims. Anything else is refused before it is sealed.
 */
public final class AttachmentLimits {
  /** 5 MiB: a phone photo or a scanned charge sheet. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  /** The media types accepted, with the bytes each file of the type starts with. */
  static final Map<String, byte[]> SIGNATURES = Map.of(
      "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'},
      "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
      "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

  private AttachmentLimits() {}

  /** The body, read up to the limit; 413 past it, 415 when it is not what {@code mediaType} says. */
  static byte[] read(InputStream in, String mediaType) {
    byte[] signature = SIGNATURES.get(mediaType);
    if (signature == null) {
      throw new ClientErrorException("A case file must be a PDF, a JPEG or a PNG.", 415);
    }
    byte[] body;
    try {
      body = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (body.length > MAX_BYTES) {
      throw new ClientErrorException("A case file may be at most " + MAX_BYTES / (1024 * 1024) + " MiB.", 413);
    }
    if (body.length < signature.length || !Arrays.equals(body, 0, signature.length, signature, 0, signature.length)) {
      throw new ClientErrorException("The file is not a " + mediaType + " file, as its Content-Type says.", 415);
    }
    return body;
  }
}
