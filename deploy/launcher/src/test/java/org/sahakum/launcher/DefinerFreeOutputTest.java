package org.sahakum.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DefinerFreeOutputTest {

  @Test
  void a_dumped_trigger_loses_its_definer_and_every_other_byte_passes_unchanged() throws IOException {
    String data = "INSERT INTO `t` VALUES (1,'/*!50003 CREATE*/ in a value'),(2,'សុខា');\n";
    String trigger = "/*!50003 CREATE*/ /*!50017 DEFINER=`sahakum`@`%`*/ /*!50003 TRIGGER t_ins AFTER INSERT ON t "
        + "FOR EACH ROW INSERT INTO u VALUES (NEW.id) */;;\n";
    String dump = "-- dump\n" + data + "DELIMITER ;;\n" + trigger + "DELIMITER ;\n/*!50003 CREATE";
    String expected = "-- dump\n" + data + "DELIMITER ;;\n"
        + "/*!50003 CREATE*/ /*!50003 TRIGGER t_ins AFTER INSERT ON t FOR EACH ROW INSERT INTO u VALUES (NEW.id) */;;\n"
        + "DELIMITER ;\n/*!50003 CREATE";
    for (int chunk : new int[] {1, 7, 64, 100_000}) {
      assertEquals(expected, filtered(dump, chunk), "writes of " + chunk);
      String noGrantTables = dump.replace("DEFINER=`sahakum`@`%`", "DEFINER=``");
      assertEquals(expected, filtered(noGrantTables, chunk), "an empty definer, writes of " + chunk);
    }
  }

  private static String filtered(String dump, int chunk) throws IOException {
    byte[] bytes = dump.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    try (OutputStream out = new DefinerFreeOutput(sink)) {
      for (int i = 0; i < bytes.length; i += chunk) {
        out.write(bytes, i, Math.min(chunk, bytes.length - i));
      }
    }
    return sink.toString(StandardCharsets.UTF_8);
  }
}
