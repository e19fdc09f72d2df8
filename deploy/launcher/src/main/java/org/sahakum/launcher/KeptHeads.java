package org.sahakum.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heads of audit chains kept apart from the database: what {@code bin/sahakum audit-head} prints,
 * one {@code SLUG SEQ HASH} line per tenant ({@code #} starts a comment), and what
 * {@code verify-audit --against FILE} compares with. A keyed head cannot be made up without the
 * master key, so a kept one shows entries cut off the end with the head row set back.
 */
record KeptHeads(Map<String, Head> bySlug) {
  private static final Pattern LINE = Pattern.compile("(\\S{1,63}) ([0-9]{1,18}) ([0-9a-f]{64})");

  /** The head of one chain: its last entry and that entry's hash. */
  record Head(long seq, String hash) {}

  static String line(String slug, long seq, String hash) {
    return slug + " " + seq + " " + hash;
  }

  static KeptHeads read(Path file) throws CommandFailure {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CommandFailure("cannot read the kept heads in " + file);
    }
    Map<String, Head> heads = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        throw new CommandFailure(file.getFileName() + ":" + (i + 1) + ": not a head as audit-head prints it (SLUG SEQ HASH)");
      }
      heads.put(m.group(1), new Head(Long.parseLong(m.group(2)), m.group(3)));
    }
    return new KeptHeads(heads);
  }
}
