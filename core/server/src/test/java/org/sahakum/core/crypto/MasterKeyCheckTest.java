package org.sahakum.core.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MasterKeyCheckTest {

  @Test
  void the_check_value_is_the_same_for_one_key_differs_for_another_and_is_not_the_key() {
    byte[] one = new byte[32];
    byte[] other = new byte[32];
    Arrays.fill(other, (byte) 1);
    assertEquals(MasterKeyCheck.checkValue(one), MasterKeyCheck.checkValue(one.clone()));
    assertNotEquals(MasterKeyCheck.checkValue(one), MasterKeyCheck.checkValue(other));
    assertEquals(64, MasterKeyCheck.checkValue(one).length());
    assertNotEquals("00".repeat(32), MasterKeyCheck.checkValue(one));
  }
}
