package org.sahakum.core.edge;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * An answer gzipped on its way out, decided at its first byte, when its status and type are final:
 * only a 200 of a text type (JSON, JavaScript, CSS, HTML, SVG) of at least {@link #MIN_BYTES} when
 * its length is known. Anything else passes through untouched, with its own Content-Length.
 */
final class GzipResponse extends HttpServletResponseWrapper {
  /** Below this a gzip header and a round of deflate cost more than they save. */
  static final int MIN_BYTES = 1024;
  private static final Set<String> TYPES = Set.of("application/json", "application/problem+json", "text/javascript",
      "application/javascript", "text/css", "text/html", "text/plain", "image/svg+xml", "application/manifest+json");

  private final Out out = new Out();
  private PrintWriter writer;
  private Boolean compressing;
  private OutputStream target;
  private long declaredLength = -1;

  GzipResponse(HttpServletResponse response) {
    super(response);
  }

  /** Whether answers of this Content-Type are worth compressing (and so vary by Accept-Encoding). */
  static boolean compressible(String contentType) {
    if (contentType == null) {
      return false;
    }
    int semicolon = contentType.indexOf(';');
    String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    return TYPES.contains(type);
  }

  @Override
  public void setContentLength(int length) {
    setContentLengthLong(length);
  }

  @Override
  public void setContentLengthLong(long length) {
    if (compressing == null) {
      declaredLength = length;
    } else if (!compressing) {
      super.setContentLengthLong(length);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    if ("Content-Length".equalsIgnoreCase(name)) {
      setContentLengthLong(Long.parseLong(value.trim()));
    } else {
      super.setHeader(name, value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if ("Content-Length".equalsIgnoreCase(name)) {
      setContentLengthLong(Long.parseLong(value.trim()));
    } else {
      super.addHeader(name, value);
    }
  }

  @Override
  public void setIntHeader(String name, int value) {
    if ("Content-Length".equalsIgnoreCase(name)) {
      setContentLengthLong(value);
    } else {
      super.setIntHeader(name, value);
    }
  }

  @Override
  public void addIntHeader(String name, int value) {
    setIntHeader(name, value);
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (writer != null) {
      throw new IllegalStateException("getWriter() was called already");
    }
    return out;
  }

  @Override
  public PrintWriter getWriter() {
    if (writer == null) {
      Charset charset = Charset.forName(getCharacterEncoding());
      writer = new PrintWriter(new OutputStreamWriter(out, charset));
    }
    return writer;
  }

  @Override
  public void flushBuffer() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    out.flush();
    super.flushBuffer();
  }

  @Override
  public void reset() {
    super.reset();
    resetState();
  }

  @Override
  public void resetBuffer() {
    super.resetBuffer();
    if (compressing != null && compressing) {
      throw new IllegalStateException("a compressed answer has started; it cannot be reset");
    }
    resetState();
  }

  private void resetState() {
    compressing = null;
    target = null;
    declaredLength = -1;
  }

  /** Ends the answer: the gzip trailer, or the passed-through length of an answer that wrote nothing. */
  void finish() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    if (compressing == null) {
      if (declaredLength >= 0 && !isCommitted()) {
        super.setContentLengthLong(declaredLength);
      }
      return;
    }
    if (target instanceof GZIPOutputStream gzip) {
      gzip.finish();
    }
  }

  private OutputStream target() throws IOException {
    if (compressing == null) {
      compressing = getStatus() == SC_OK && compressible(getContentType()) && !containsHeader("Content-Encoding")
          && (declaredLength < 0 || declaredLength >= MIN_BYTES);
      if (compressing) {
        super.setHeader("Content-Encoding", "gzip");
        target = new GZIPOutputStream(super.getOutputStream(), 8192);
      } else {
        if (declaredLength >= 0) {
          super.setContentLengthLong(declaredLength);
        }
        target = super.getOutputStream();
      }
    }
    return target;
  }

  /** What the application writes into: bytes go to {@link #target()}, decided at the first one. */
  private final class Out extends ServletOutputStream {
    @Override
    public void write(int b) throws IOException {
      target().write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len > 0) {
        target().write(b, off, len);
      }
    }

    @Override
    public void flush() throws IOException {
      if (target != null) {
        target.flush();
      }
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      throw new IllegalStateException("non-blocking writes are not compressed here");
    }
  }
}
