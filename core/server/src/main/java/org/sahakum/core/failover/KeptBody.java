package org.sahakum.core.failover;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A request's body kept in memory so that each pass reads it from the start; one too long is not kept. */
final class KeptBody {
  private final HttpServletRequest request;
  private final byte[] bytes;
  private final InputStream rest;

  private KeptBody(HttpServletRequest request, byte[] bytes, InputStream rest) {
    this.request = request;
    this.bytes = bytes;
    this.rest = rest;
  }

  static KeptBody read(HttpServletRequest request, int limit) throws IOException {
    long length = request.getContentLengthLong();
    if (length == 0 || (length < 0 && request.getHeader("Transfer-Encoding") == null)) {
      return new KeptBody(request, new byte[0], null);
    }
    if (length > limit) {
      return new KeptBody(request, null, null);
    }
    InputStream in = request.getInputStream();
    byte[] head = in.readNBytes(limit + 1);
    if (head.length > limit) {
      return new KeptBody(request, head, in);
    }
    return new KeptBody(request, head, null);
  }

  boolean replayable() {
    return bytes != null && rest == null;
  }

  /** The request for one pass: its body read from the start. */
  HttpServletRequest request() {
    if (bytes == null) {
      return request;
    }
    InputStream stream = rest == null ? new ByteArrayInputStream(bytes)
        : new SequenceInputStream(new ByteArrayInputStream(bytes), rest);
    return new HttpServletRequestWrapper(request) {
      @Override
      public ServletInputStream getInputStream() {
        return new Stream(stream);
      }

      @Override
      public BufferedReader getReader() {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(stream, charset));
      }
    };
  }

  private static final class Stream extends ServletInputStream {
    private final InputStream in;
    private boolean finished;

    Stream(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      finished = b < 0;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      finished = n < 0;
      return n;
    }

    @Override
    public boolean isFinished() {
      return finished;
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
      throw new IllegalStateException("a kept body is read blocking");
    }
  }
}
