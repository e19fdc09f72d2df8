package org.sahakum.core.modules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The UI definitions the core takes at load, and the flaws that leave a module out. */
class ModuleUiTest {
  private static final String LABEL = "{\"km\":\"ករណី\",\"en\":\"Cases\"}";

  /** A module with a list of cases whose detail shows dates, and record forms on a case and a date. */
  private static String definition(String extraViews, String caseActions, String related) {
    return ("{'menu':[{'id':'m','label':L,'view':'cases'}],'views':["
        + "{'id':'cases','kind':'list','resource':'cases','label':L,"
        + "'fields':[{'name':'id','type':'integer','label':L}],"
        + "'actions':[" + caseActions + "],'related':[" + related + "]},"
        + "{'id':'case-close','kind':'form','resource':'cases/{id}/close','label':L,'after':'cases','submit':L,"
        + "'fields':[{'name':'outcome','type':'enum','label':L,'options':[{'value':'resolved','label':L}]}]},"
        + "{'id':'case-assign','kind':'form','method':'PUT','resource':'cases/{id}/assignee','label':L,'after':'cases',"
        + "'fields':[{'name':'accountId','type':'enum','label':L,"
        + "'optionsFrom':{'resource':'assignees','value':'accountId','label':'username'}}]},"
        + "{'id':'date-done','kind':'form','resource':'cases/{id}/dates/{item}/done','label':L,'after':'cases',"
        + "'values':{'done':true}},"
        + "{'id':'file-new','kind':'form','resource':'cases/{id}/files','label':L,'after':'cases',"
        + "'fields':[{'name':'file','type':'file','label':L,'accept':['application/pdf'],'maxBytes':5242880}]},"
        + "{'id':'report','kind':'table','resource':'reports/advocacy','label':L,"
        + "'query':[{'name':'from','type':'month','label':L,'required':true}],"
        + "'fields':[{'name':'act','type':'enum','label':L,'options':[{'value':'x','label':L}]}]}"
        + extraViews + "]}").replace('\'', '"').replace("L", LABEL);
  }

  private static final String CASE_ACTIONS = "{'view':'case-close','record':true,'label':L,'when':{'status':['in-progress']}},"
      + "{'view':'case-assign','record':true,'label':L,'permission':'legal:case:assign'}";
  private static final String DATES = "{'id':'dates','resource':'cases/{id}/dates','label':L,"
      + "'fields':[{'name':'dueOn','type':'date','label':L}],'actions':[{'view':'file-new','label':L}],"
      + "'rowActions':[{'view':'date-done','label':L}]}";

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
  void takes_record_forms_related_lists_options_from_a_resource_files_and_report_tables() {
    assertDoesNotThrow(() -> ModuleUi.check(json(definition("", CASE_ACTIONS, DATES))));
    String needs = "{'id':'needs','member':'needs','key':'need','label':L,'onRequest':false,"
        + "'fields':[{'name':'need','type':'text','label':L}],'rowActions':[{'view':'date-done','label':L}]}";
    assertDoesNotThrow(() -> ModuleUi.check(json(definition("", CASE_ACTIONS, needs))));
  }

  @Test
  void a_shared_option_list_is_filled_in_with_names_in_both_languages_and_an_unknown_one_is_refused() {
    String places = definition(",{'id':'where','kind':'form','resource':'places','label':L,"
        + "'fields':[{'name':'place','type':'enum','label':L,'optionXist':'places'}]}", CASE_ACTIONS, DATES)
        .replace("optionXist", "optionList"); // definition() writes L as a label
    JsonObject served = SharedOptionLists.expand(json(places));
    JsonObject field = served.getJsonArray("views").stream().map(v -> v.asJsonObject())
        .filter(v -> v.getString("id").equals("where")).findFirst().orElseThrow()
        .getJsonArray("fields").getJsonObject(0);
    assertTrue(!field.containsKey("optionList"), field.toString());
    JsonObject first = field.getJsonArray("options").getJsonObject(0);
    assertTrue(first.getString("value").equals("pp-chamkar-morn") && first.getJsonObject("label").getString("km").equals("ខណ្ឌចំការមន"), first.toString());
    assertTrue(field.getJsonArray("options").size() == 38, field.toString());
    refused(places.replace("\"optionList\":\"places\"", "\"optionList\":\"villages\""), "unknown optionList 'villages'");
    refused(places.replace("\"optionList\":\"places\"", "\"optionList\":\"places\",\"options\":[]"), "exactly one of");
  }

  /** The definitions every plugin of the build ships: a flaw there would leave the module out at load. */
  @Test
  void the_shipped_definitions_pass() throws IOException {
    List<Path> plugins;
    try (Stream<Path> folders = Files.list(Path.of("../../plugins"))) {
      plugins = folders.filter(Files::isDirectory).toList();
    }
    assertTrue(plugins.size() >= 2, "the plugins are found from core/server");
    for (Path plugin : plugins) {
      Path file = plugin.resolve("src/main/resources/ui/" + plugin.getFileName() + ".json");
      assertDoesNotThrow(() -> ModuleUi.check(json(Files.readString(file))), file.toString());
    }
  }

  @Test
  void a_record_form_is_opened_only_from_its_record() {
    refused(definition("", "{'view':'case-close','label':L}", DATES), "can only be a record's action");
    refused(definition("", CASE_ACTIONS + ",{'view':'date-done','record':true,'label':L}", DATES),
        "only a related list's row opens it");
    refused(definition("", CASE_ACTIONS, DATES.replace("'actions':[{'view':'file-new'", "'actions':[{'view':'date-done'")),
        "only a related list's row opens it");
    refused(definition("", CASE_ACTIONS, DATES).replace("\"view\":\"cases\"}]", "\"view\":\"case-close\"}]"),
        "without a record");
    refused(definition("", CASE_ACTIONS, DATES).replace(",\"after\":\"cases\",\"submit\"", ",\"submit\""),
        "goes back to");
  }

  @Test
  void resources_are_plain_segments_with_the_record_and_item_ids_only_where_a_form_takes_them() {
    refused(definition("", CASE_ACTIONS, DATES).replace("cases/{id}/close", "cases/{caseId}/close"), "plain path segments");
    refused(definition("", CASE_ACTIONS, DATES).replace("cases/{id}/close", "cases/../close"), "plain path segments");
    refused(definition("", CASE_ACTIONS, DATES).replace("cases/{id}/dates/{item}/done", "cases/{item}/{id}/done"),
        "plain path segments");
    refused(definition("", CASE_ACTIONS, DATES).replace("reports/advocacy", "reports/{id}"), "plain path segments");
    refused(definition("", CASE_ACTIONS, DATES.replace("cases/{id}/dates", "dates")), "names the record with {id}");
    refused(definition("", CASE_ACTIONS, DATES.replace("cases/{id}/dates", "cases/{id}/dates/{item}")),
        "plain path segments");
    refused(definition("", CASE_ACTIONS, DATES).replace("\"resource\":\"assignees\"", "\"resource\":\"a/{id}\""),
        "plain path segments");
  }

  @Test
  void forms_say_how_they_send() {
    refused(definition("", CASE_ACTIONS, DATES).replace("\"PUT\"", "\"DELETE\""), "POST or PUT");
    refused(definition("", CASE_ACTIONS, DATES).replace("[\"in-progress\"]", "[]"), "when.status lists");
    refused(definition("", CASE_ACTIONS, DATES).replace("[\"in-progress\"]", "\"in-progress\""), "when.status lists");
    refused(definition("", CASE_ACTIONS, DATES).replace("{\"done\":true}", "[true]"), "values must be an object");
    refused(definition("", CASE_ACTIONS, DATES).replace("\"submit\":" + LABEL, "\"submit\":{\"en\":\"Close\"}"),
        "submit needs a text 'km'");
    refused(definition("", CASE_ACTIONS, DATES).replace("\"kind\":\"list\"", "\"kind\":\"list\",\"method\":\"PUT\""),
        "is for forms");
    String withTwoFields = definition("", CASE_ACTIONS, DATES).replace("\"maxBytes\":5242880}",
        "\"maxBytes\":5242880},{\"name\":\"note\",\"type\":\"text\",\"label\":" + LABEL + "}");
    refused(withTwoFields, "the form's only field");
  }

  @Test
  void fields_have_a_known_type_and_their_options() {
    refused(definition("", CASE_ACTIONS, DATES).replace("\"type\":\"date\"", "\"type\":\"colour\""), "unknown type");
    refused(definition("", CASE_ACTIONS, DATES).replace(",\"optionsFrom\":{\"resource\":\"assignees\",\"value\":\"accountId\",\"label\":\"username\"}", ""),
        "exactly one of options, optionsFrom or optionList");
    refused(definition("", CASE_ACTIONS, DATES).replace("\"label\":\"username\"", "\"text\":\"username\""), "needs a text 'label'");
    refused(definition("", CASE_ACTIONS, DATES).replace("[\"application/pdf\"]", "[]"), "media types");
    refused(definition("", CASE_ACTIONS, DATES).replace("5242880", "-1"), "positive whole number");
    refused(definition("", CASE_ACTIONS, DATES).replace("\"type\":\"date\"", "\"type\":\"date\",\"accept\":[\"image/png\"]"),
        "for file fields");
    refused(definition("", CASE_ACTIONS, DATES).replace("\"name\":\"dueOn\"", "\"name\":\"x\"")
        .replace("\"fields\":[{\"name\":\"x\",\"type\":\"date\",\"label\":" + LABEL + "}]",
            "\"fields\":[{\"name\":\"x\",\"type\":\"date\",\"label\":" + LABEL + "},{\"name\":\"x\",\"type\":\"date\",\"label\":" + LABEL + "}]"),
        "named twice");
  }

  @Test
  void an_account_field_names_the_permission_its_accounts_hold() {
    String picker = "\"type\":\"enum\",\"label\":" + LABEL + ",\"optionsFrom\":{\"resource\":\"assignees\",\"value\":\"accountId\",\"label\":\"username\"}";
    assertDoesNotThrow(() -> ModuleUi.check(json(definition("", CASE_ACTIONS, DATES)
        .replace(picker, "\"type\":\"account\",\"label\":" + LABEL + ",\"holding\":\"legal:case:write\""))));
    refused(definition("", CASE_ACTIONS, DATES).replace(picker, "\"type\":\"account\",\"label\":" + LABEL), "needs a text 'holding'");
    refused(definition("", CASE_ACTIONS, DATES).replace("\"type\":\"date\"", "\"type\":\"date\",\"holding\":\"x:y\""),
        "holding is for account fields");
  }

  @Test
  void a_list_opens_another_views_record_by_a_row_member_or_nothing() {
    String dates = ",{'id':'coming','kind':'list','resource':'upcoming-dates','label':L,'opens':OPENS}";
    for (String opens : List.of("'cases'", "{'view':'cases','key':'caseId'}", "{'view':'cases'}", "false")) {
      assertDoesNotThrow(() -> ModuleUi.check(json(definition(dates.replace("OPENS", opens), CASE_ACTIONS, DATES))), opens);
    }
    refused(definition(dates.replace("OPENS", "{'view':'nowhere','key':'caseId'}"), CASE_ACTIONS, DATES), "unknown view 'nowhere'");
    refused(definition(dates.replace("OPENS", "{'key':'caseId'}"), CASE_ACTIONS, DATES), "needs a text 'view'");
    refused(definition(dates.replace("OPENS", "{'view':'cases','key':''}"), CASE_ACTIONS, DATES), "needs a text 'key'");
    refused(definition(dates.replace("OPENS", "{'view':'cases','id':'caseId'}"), CASE_ACTIONS, DATES), "only a view and a key");
    refused(definition(dates.replace("OPENS", "true"), CASE_ACTIONS, DATES), "or false");
    refused(definition(dates.replace("OPENS", "'case-close'"), CASE_ACTIONS, DATES), "shows no record's detail");
    refused(definition(",{'id':'q','kind':'table','resource':'r','label':L,'opens':'cases'}", CASE_ACTIONS, DATES), "'opens' is for");
  }

  @Test
  void a_form_sends_its_records_id_or_starts_from_the_record() {
    String attend = ",{'id':'attend','kind':'form','resource':'attendance','label':L,'after':'cases','recordAs':'trainingId',"
        + "'fields':[{'name':'memberCode','type':'text','label':L}]}";
    String change = ",{'id':'change','kind':'form','method':'PUT','resource':'services/{id}','label':L,'after':'cases','prefill':true,"
        + "'fields':[{'name':'name','type':'text','label':L}]}";
    String fromList = DATES.replace("'actions':[{'view':'file-new','label':L}]", "'actions':[{'view':'attend','label':L}]");
    assertDoesNotThrow(() -> ModuleUi.check(json(definition(attend + change, CASE_ACTIONS + ",{'view':'change','record':true,'label':L}", fromList))));
    refused(definition(attend, CASE_ACTIONS + ",{'view':'attend','label':L}", DATES), "can only be a record's action");
    refused(definition(attend, CASE_ACTIONS, DATES).replace("\"view\":\"cases\"}]", "\"view\":\"attend\"}]"), "without a record");
    refused(definition(attend.replace("'after':'cases',", ""), CASE_ACTIONS, DATES), "goes back to");
    refused(definition(attend.replace("'resource':'attendance'", "'resource':'t/{id}/attendance'"), CASE_ACTIONS, DATES),
        "recordAs is for a form posted to a collection");
    refused(definition(change.replace("services/{id}", "services"), CASE_ACTIONS, DATES), "so it names {id}");
    refused(definition(change.replace("'prefill':true", "'prefill':'yes'"), CASE_ACTIONS, DATES), "prefill is true or false");
    refused(definition(",{'id':'q','kind':'list','resource':'r','label':L,'recordAs':'x'}", CASE_ACTIONS, DATES), "is for forms");
  }

  @Test
  void views_and_related_lists_are_complete() {
    refused(definition(",{'id':'report','kind':'list','resource':'r','label':L}", CASE_ACTIONS, DATES), "defined twice");
    refused(definition(",{'id':'odd','kind':'chart','resource':'r','label':L}", CASE_ACTIONS, DATES), "unknown kind");
    refused(definition(",{'id':'q','kind':'form','resource':'r','label':L,'query':[]}", CASE_ACTIONS, DATES), "'query' is for");
    refused(definition(",{'id':'q','kind':'table','resource':'r','label':L,'related':[]}", CASE_ACTIONS, DATES), "'related' is for");
    refused(definition(",{'id':'q','kind':'list','resource':'r','label':L,'query':[{'name':'name','type':'text','label':L}]}",
        CASE_ACTIONS, DATES), "a query field goes into the URL");
    refused(definition(",{'id':'q','kind':'list','resource':'r','label':L,'opens':'nowhere'}", CASE_ACTIONS, DATES), "unknown view 'nowhere'");
    refused(definition("", CASE_ACTIONS + ",{'view':'nowhere','label':L}", DATES), "unknown view 'nowhere'");
    refused(definition("", CASE_ACTIONS, DATES.replace("'resource':'cases/{id}/dates',", "")), "either a resource or a member");
    refused(definition("", CASE_ACTIONS, DATES.replace("'fields':[{'name':'dueOn','type':'date','label':L}]", "'fields':[]")),
        "needs fields");
    refused(definition("", CASE_ACTIONS, DATES.replace("'label':L,", "'label':{'km':'x'},")), "label needs a text 'en'");
  }

  @Test
  void a_form_may_open_what_it_created_in_a_view_that_shows_one_record() {
    String create = ",{'id':'case-new','kind':'form','resource':'cases','label':L,'after':'AFTER','openCreated':true,"
        + "'fields':[{'name':'openedAt','type':'datetime','label':L}]}"
        + ",{'id':'slip','kind':'element','tag':'m-slip','script':'slip.js','resource':'cases','label':L,'after':'cases'}";
    for (String after : List.of("cases", "slip")) {
      assertDoesNotThrow(() -> ModuleUi.check(json(definition(create.replace("AFTER", after), CASE_ACTIONS, DATES))), after);
    }
    assertDoesNotThrow(() -> ModuleUi.check(json(definition(create.replace("AFTER", "cases").replace("true", "false"),
        CASE_ACTIONS, DATES))));
    refused(definition(create.replace("AFTER", "report"), CASE_ACTIONS, DATES), "which shows no record");
    refused(definition(create.replace("'after':'AFTER',", ""), CASE_ACTIONS, DATES), "names the view that shows the new record");
    refused(definition(create.replace("AFTER", "cases").replace("'openCreated':true", "'openCreated':'yes'"), CASE_ACTIONS,
        DATES), "openCreated is true or false");
    refused(definition(create.replace("AFTER", "cases").replace("'resource':'cases','label':L,'after'",
        "'method':'PUT','resource':'cases','label':L,'after'"), CASE_ACTIONS, DATES), "POSTs a new record to a collection");
    refused(definition(create.replace("AFTER", "cases").replace("'resource':'cases','label':L,'after'",
        "'resource':'cases/{id}/dates','label':L,'after'"), CASE_ACTIONS + ",{'view':'case-new','record':true,'label':L}",
        DATES), "POSTs a new record to a collection");
    refused(definition(",{'id':'q','kind':'list','resource':'r','label':L,'openCreated':true}", CASE_ACTIONS, DATES),
        "is for forms");
  }

  @Test
  void a_forms_date_and_time_fields_may_start_at_now_and_nothing_else_has_a_default() {
    String form = ",{'id':'case-new','kind':'form','resource':'cases','label':L,'after':'cases',"
        + "'fields':[{'name':'at','type':'TYPE','label':L,'default':'now'}]}";
    for (String type : List.of("date", "datetime", "month")) {
      assertDoesNotThrow(() -> ModuleUi.check(json(definition(form.replace("TYPE", type), CASE_ACTIONS, DATES))), type);
    }
    refused(definition(form.replace("TYPE", "text"), CASE_ACTIONS, DATES), "for date, datetime and month fields");
    refused(definition(form.replace("TYPE", "date").replace("'now'", "'today'"), CASE_ACTIONS, DATES), "can only be \"now\"");
    refused(definition(form.replace("TYPE", "date").replace("'now'", "true"), CASE_ACTIONS, DATES), "can only be \"now\"");
    refused(definition("", CASE_ACTIONS, DATES.replace("'type':'date','label':L", "'type':'date','label':L,'default':'now'")),
        "for the fields of a form");
    refused(definition("", CASE_ACTIONS, DATES).replace("{\"name\":\"from\",\"type\":\"month\"",
        "{\"name\":\"from\",\"default\":\"now\",\"type\":\"month\""), "for the fields of a form");
    refused(definition(",{'id':'l','kind':'list','resource':'r','label':L,"
        + "'fields':[{'name':'at','type':'date','label':L,'default':'now'}]}", CASE_ACTIONS, DATES), "for the fields of a form");
  }

  @Test
  void a_list_says_it_pages_which_columns_a_phone_shows_and_the_files_it_exports() {
    String list = ",{'id':'arrears','kind':'list','resource':'arrears','label':L,'paged':true,'phoneColumns':['code','owed'],"
        + "'fields':[{'name':'code','type':'text','label':L},{'name':'owed','type':'integer','label':L},"
        + "{'name':'chapter','type':'text','label':L}],"
        + "'exports':[{'label':L,'resource':'arrears/export','format':'csv','permission':'dues:report:read'},"
        + "{'label':L,'resource':'arrears/export','format':'xlsx','permission':'dues:report:read'}]}";
    assertDoesNotThrow(() -> ModuleUi.check(json(definition(list, CASE_ACTIONS, DATES))));
    String report = ",{'id':'sums','kind':'table','resource':'sums','label':L,"
        + "'exports':[{'label':L,'resource':'sums/export','format':'csv','permission':'p'}]}";
    assertDoesNotThrow(() -> ModuleUi.check(json(definition(report, CASE_ACTIONS, DATES))));

    refused(definition(list.replace("'paged':true", "'paged':'yes'"), CASE_ACTIONS, DATES), "paged is true or false");
    refused(definition(report.replace("'exports'", "'paged':true,'exports'"), CASE_ACTIONS, DATES), "'paged' is for");
    refused(definition(list.replace("['code','owed']", "['code','nowhere']"), CASE_ACTIONS, DATES), "not one of the view's fields");
    refused(definition(list.replace("['code','owed']", "['code','code']"), CASE_ACTIONS, DATES), "'code' twice");
    refused(definition(list.replace("['code','owed']", "[]"), CASE_ACTIONS, DATES), "names 1 to 3");
    refused(definition(list.replace("['code','owed']", "['code','owed','chapter','code']"), CASE_ACTIONS, DATES), "names 1 to 3");
    refused(definition(report.replace("'exports'", "'phoneColumns':['act'],'exports'"), CASE_ACTIONS, DATES), "'phoneColumns' is for");
    refused(definition(list.replace(",'permission':'dues:report:read'}]", "}]"), CASE_ACTIONS, DATES), "needs a text 'permission'");
    refused(definition(list.replace("'format':'csv'", "'format':'pdf'"), CASE_ACTIONS, DATES), "format is one of");
    refused(definition(list.replace("'resource':'arrears/export'", "'resource':'../export'"), CASE_ACTIONS, DATES),
        "must be plain path segments");
    refused(definition(list.replace("'resource':'arrears/export'", "'resource':'arrears/{id}/export'"), CASE_ACTIONS, DATES),
        "must be plain path segments");
    refused(definition(list.replace("'format':'csv'", "'format':'csv','query':'chapter'"), CASE_ACTIONS, DATES),
        "unknown member 'query'");
    refused(definition(",{'id':'f','kind':'form','resource':'r','label':L,'exports':[]}", CASE_ACTIONS, DATES), "'exports' is for");
  }
}
