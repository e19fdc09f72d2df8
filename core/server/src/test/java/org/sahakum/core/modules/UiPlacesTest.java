package org.sahakum.core.modules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where a module's screens work, its home group and its member-only entries, as the core takes them at load. */
class UiPlacesTest {
  private static final String LABEL = "{\"km\":\"វិភាគទាន\",\"en\":\"Dues\"}";

  /** A module kept at the organisation, whose member's own screen works at a chapter too. */
  private static String definition(String top, String mine, String home) {
    return ("{" + top + "'menu':[{'id':'pay','label':L,'view':'payments','permission':'dues:payment:record'},"
        + "{'id':'mine','label':L,'view':'mine'" + mine + "}],"
        + "'views':[{'id':'payments','kind':'list','resource':'payments','label':L},"
        + "{'id':'mine','kind':'list','resource':'my-standing','label':L},"
        + "{'id':'close','kind':'form','resource':'payments/{id}/close','label':L,'after':'payments'}]"
        + home + "}").replace('\'', '"').replace("L", LABEL);
  }

  private static final String KEPT = "'levels':['organisation'],";
  private static final String MINE = ",'levels':['organisation','chapter'],'forMembers':true";
  private static final String HOME = ",'home':{'icon':'M12 3a9 9 0 1 0 0 18zM8 12h8','counts':[{'id':'in-arrears',"
      + "'label':L,'resource':'arrears/count','permission':'dues:report:read','view':'payments'}]}";

  private static JsonObject json(String text) {
    try (JsonReader r = Json.createReader(new StringReader(text))) {
      return r.readObject();
    }
  }

  private static void refused(String text, String why) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModuleUi.check(json(text)));
    assertTrue(e.getMessage().contains(why), e.getMessage());
  }

  @Test
  void a_module_kept_at_the_organisation_works_at_a_chapter_only_where_an_entry_says_so() {
    assertDoesNotThrow(() -> ModuleUi.check(json(definition(KEPT, MINE, HOME))));
    assertEquals(Set.of("organisation", "chapter"), UiPlaces.levelsOf(json(definition(KEPT, MINE, HOME))));
    assertEquals(Set.of("organisation"), UiPlaces.levelsOf(json(definition(KEPT, "", HOME))));
    assertEquals(Set.of("organisation", "chapter"), UiPlaces.levelsOf(json(definition("", "", ""))));
  }

  @Test
  void levels_name_known_levels_once() {
    refused(definition("'levels':['network'],", "", ""), "levels lists organisation and/or chapter");
    refused(definition("'levels':[],", "", ""), "at least one");
    refused(definition(KEPT, ",'levels':['chapter','chapter']", ""), "each once");
    refused(definition("'levels':'organisation',", "", ""), "levels");
    refused(definition(KEPT, ",'forMembers':'yes'", ""), "forMembers is true or false");
  }

  @Test
  void a_home_icon_is_path_data_and_each_count_names_a_resource_a_permission_and_a_view_without_a_record() {
    refused(definition(KEPT, MINE, HOME.replace("M12 3a9 9 0 1 0 0 18zM8 12h8", "<script>alert(1)</script>")),
        "path data");
    refused(definition(KEPT, MINE, HOME.replace("M12 3a9 9 0 1 0 0 18zM8 12h8", "url(http://x)")), "path data");
    refused(definition(KEPT, MINE, HOME.replace("arrears/count", "../members")), "plain path segments");
    refused(definition(KEPT, MINE, HOME.replace(",'permission':'dues:report:read'", "")), "permission");
    refused(definition(KEPT, MINE, HOME.replace("'view':'payments'}", "'view':'nowhere'}")), "nowhere");
    refused(definition(KEPT, MINE, HOME.replace("'view':'payments'}", "'view':'close'}")), "without a record");
    refused(definition(KEPT, MINE, HOME.replace("'in-arrears'", "'In Arrears'")), "lower-case");
  }
}
