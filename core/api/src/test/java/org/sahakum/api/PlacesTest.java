package org.sahakum.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacesTest {

  @Test
  void the_named_list_and_the_validation_pattern_hold_the_same_places_in_the_same_order() {
    List<String> named = Places.LIST.stream().map(Places.Place::code).toList();
    assertEquals(Arrays.asList(Places.ALL.split("\\|")), named);
  }

  @Test
  void phnom_penh_has_its_14_khans_and_the_country_its_24_provinces() {
    assertEquals(14, Places.LIST.stream().filter(p -> p.code().startsWith("pp-")).count());
    assertEquals(24, Places.LIST.stream().filter(p -> !p.code().startsWith("pp-")).count());
  }
}
