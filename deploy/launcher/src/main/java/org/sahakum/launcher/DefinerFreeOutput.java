package org.sahakum.launcher;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Takes the {@code DEFINER=user@host} (or the empty definer of a server without grant tables) out of the triggers in a dump, so that a backup restores
 * into a database whose user has another name: a trigger whose definer does not exist there would
 * fail every write to its table. Only lines that start as a dumped trigger does are held and
 * rewritten; every other byte passes straight through.
 */
final class DefinerFreeOutput extends FilterOutputStream {
  private static final byte[] TRIGGER = "/*!50003 CREATE*/ /*!50017 DEFINER=".getBytes(StandardCharsets.US_ASCII);
  private static final Pattern DEFINER = Pattern.compile("/\\*!50017 DEFINER=.*?\\*/ "); // `user`@`host`, or `` without grant tables
  private static final int LONGEST_TRIGGER_LINE = 1 << 20;

  private final ByteArrayOutputStream held = new ByteArrayOutputStream();
  private boolean atLineStart = true;
  private boolean holding;
  private boolean passing;

  DefinerFreeOutput(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    if (atLineStart) {
      atLineStart = false;
      holding = true;
      passing = false;
    }
    if (passing) {
      out.write(b);
    } else {
      held.write(b);
      if (held.size() <= TRIGGER.length && TRIGGER[held.size() - 1] != (byte) b) {
        release(false); // not a trigger: the line goes through as it is
        passing = true;
      } else if (held.size() > LONGEST_TRIGGER_LINE) {
        throw new IOException("a trigger in the dump is longer than " + LONGEST_TRIGGER_LINE + " bytes");
      }
    }
    if (b == '\n') {
      if (holding && !passing) {
        release(held.size() > TRIGGER.length);
      }
      atLineStart = true;
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    int end = offset + length;
    int i = offset;
    while (i < end) {
      if (passing && !atLineStart) {
        int newline = i;
        while (newline < end && bytes[newline] != '\n') {
          newline++;
        }
        out.write(bytes, i, newline - i); // the bulk of a dump: whole runs of data at once
        i = newline;
        if (i < end) {
          write(bytes[i++]);
        }
      } else {
        write(bytes[i++]);
      }
    }
  }

  private void release(boolean trigger) throws IOException {
    byte[] line = held.toByteArray();
    held.reset();
    holding = false;
    if (trigger) {
      out.write(DEFINER.matcher(new String(line, StandardCharsets.UTF_8)).replaceFirst("").getBytes(StandardCharsets.UTF_8));
    } else {
      out.write(line);
    }
  }

  @Override
  public void close() throws IOException {
    if (held.size() > 0) {
      release(false);
    }
    super.close();
  }
}
