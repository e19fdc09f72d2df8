package org.sahakum.core.failover;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * An answer held back until it is final, so a failed pass can be thrown away. Past {@code limit}
 * bytes it goes out as it comes (and is committed: no more replays).
 */
final class HeldResponse extends HttpServletResponseWrapper {
  private final int limit;
  private ByteArrayOutputStream held = new ByteArrayOutputStream();
  private boolean passedOn;
  private ServletOutputStream stream;
  private PrintWriter writer;

  HeldResponse(HttpServletResponse response, int limit) {
    super(response);
    this.limit = limit;
  }

  @Override
  public boolean isCommitted() {
    return passedOn || super.isCommitted();
  }

  @Override
  public void sendError(int status) {
    setStatus(status);
  }

  @Override
  public void sendError(int status, String message) {
    setStatus(status);
  }

  @Override
  public void setContentLength(int length) {
    // set when the answer is released
  }

  @Override
  public void setContentLengthLong(long length) {
    // set when the answer is released
  }

  @Override
  public void flushBuffer() throws IOException {
    if (passedOn) {
      super.flushBuffer();
    }
  }

  @Override
  public void resetBuffer() {
    if (!passedOn) {
      held.reset();
    } else {
      super.resetBuffer();
    }
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (stream == null) {
      stream = new Held();
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() {
    if (writer == null) {
      writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
    }
    return writer;
  }

  /** Throws the held answer away before the next pass. */
  void discard() {
    held = new ByteArrayOutputStream();
    stream = null;
    writer = null;
    setContentType(null);
    getResponse().setContentType(null);
  }

  /** Sends what is held; the answer is final. */
  void release() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    if (!passedOn) {
      if (held.size() > 0) {
        super.setContentLength(held.size());
        held.writeTo(super.getOutputStream());
      }
    }
  }

  private void write(byte[] b, int off, int len) throws IOException {
    if (!passedOn && held.size() + len > limit) {
      passedOn = true;
      held.writeTo(super.getOutputStream());
      held = new ByteArrayOutputStream();
    }
    if (passedOn) {
      super.getOutputStream().write(b, off, len);
    } else {
      held.write(b, off, len);
    }
  }

  private final class Held extends ServletOutputStream {
    @Override
    public void write(int b) throws IOException {
      HeldResponse.this.write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      HeldResponse.this.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      if (passedOn) {
        HeldResponse.this.getResponse().getOutputStream().flush();
      }
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      throw new IllegalStateException("a held answer is written blocking");
    }
  }
}
