package org.sahakum.core.definitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahakum.core.definitions.Definitions.TenantDefinition;
import org.sahakum.core.tenancy.TenantType;

/** The files as shipped read cleanly; broken ones are refused with file, line and field. */
class DefinitionReaderTest {
  private static final Path TENANTS = Path.of("../../tenants");

  static List<DefinitionFile> shipped() throws IOException {
    List<DefinitionFile> files = new ArrayList<>();
    for (String name : List.of("blueprints/sex-worker-organisation.yaml", "blueprints/regional-network.yaml",
        "blueprints/drop-in-centre.yaml", "wnu.yaml")) {
      Path p = TENANTS.resolve(name);
      files.add(new DefinitionFile(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
    }
    return files;
  }

  @Test
  void wnu_and_the_three_blueprints_read_cleanly() throws IOException {
    Definitions d = DefinitionReader.read(shipped());
    assertEquals(List.of("drop-in-centre", "regional-network", "sex-worker-organisation"),
        d.blueprints().keySet().stream().sorted().toList());
    TenantDefinition wnu = d.tenants().get(0);
    assertEquals("wnu", wnu.slug());
    assertEquals(TenantType.ORGANISATION, wnu.type());
    assertEquals("platform", wnu.parent());
    assertEquals(14, wnu.chapters().size());
    assertEquals("ខណ្ឌមានជ័យ", wnu.chapters().get(0).names().km());
    assertEquals("Kampong Chhnang", wnu.chapters().get(13).names().en());
    assertEquals("KC", wnu.chapters().get(13).code());
    assertEquals(6, d.blueprints().get("sex-worker-organisation").modules().size());
  }

  @Test
  void each_problem_names_file_line_and_field() {
    String text = """
        organisation:
          slug: Bad_Slug
          blueprint: nowhere
          names:
            km: ក
          colour: red
          chapters:
            - { slug: ok-one, names: { km: ក, en: One }, code: lower }
            - { slug: ok-one, names: { km: ក, en: Two } }
        """;
    List<String> problems = problems(new DefinitionFile("bad.yaml", text));
    assertEquals(List.of(
        "bad.yaml:2: organisation.slug: use 2 to 63 lower-case letters and digits, with single '-' between words",
        "bad.yaml:4: organisation.names: missing field 'en'",
        "bad.yaml:6: organisation: unknown field 'colour'; expected one of blueprint, chapters, code, modules, names, parent, slug",
        "bad.yaml:8: organisation.chapters[0].code: use 1 to 8 capital letters or digits",
        "bad.yaml:9: organisation.chapters[1].slug: the slug 'ok-one' is already defined at bad.yaml:8"),
        problems.stream().sorted().toList());
  }

  @Test
  void a_blueprint_that_is_not_given_is_named_where_it_is_asked_for() {
    List<String> problems = problems(new DefinitionFile("org.yaml",
        "organisation:\n  slug: abc\n  blueprint: nowhere\n  names: {km: ក, en: A}\n"));
    assertEquals(List.of("org.yaml:3: organisation.blueprint: no blueprint 'nowhere' among the files given"), problems);
  }

  @Test
  void yaml_syntax_errors_carry_their_line() {
    List<String> problems = problems(new DefinitionFile("broken.yaml", "organisation:\n  slug: a\n  names: [unclosed\n"));
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith("broken.yaml:4: not valid YAML"), problems.get(0));
  }

  @Test
  void tags_anchors_and_duplicate_keys_are_refused() {
    assertTrue(problems(new DefinitionFile("tag.yaml", "organisation: !!javax.script.ScriptEngineManager [x]\n"))
        .get(0).startsWith("tag.yaml:1: organisation: expected a mapping"));
    List<String> alias = problems(new DefinitionFile("alias.yaml",
        "blueprint:\n  id: b-one\n  for: organisation\n  names: &n {km: ក, en: B}\n  roles: {member: [tenant:read]}\n"
            + "  modules: *n\n"));
    assertTrue(alias.get(0).contains("anchors and aliases"), alias.toString());
    List<String> twice = problems(new DefinitionFile("twice.yaml",
        "network:\n  slug: net\n  slug: other\n  blueprint: regional-network\n  names: {km: ក, en: N}\n"));
    assertTrue(twice.contains("twice.yaml:3: network: the field 'slug' is given twice"), twice.toString());
  }

  @Test
  void roles_are_checked_by_name() {
    List<String> problems = problems(new DefinitionFile("bp.yaml",
        "blueprint:\n  id: bp\n  for: organisation\n  names: {km: ក, en: B}\n  roles:\n    admin: [x:y]\n"
            + "    boss: [member:read]\n    member: [\"Not A Permission\"]\n"));
    assertEquals(List.of(
        "bp.yaml:6: blueprint.roles.admin: the admin role always holds every permission; it cannot be set",
        "bp.yaml:7: blueprint.roles.boss: no role 'boss'; the roles are admin, organiser, paralegal, health-worker, teacher, treasurer, team-leader, member",
        "bp.yaml:8: blueprint.roles.member[0]: not a permission name (such as member:read)"), problems);
  }

  private static List<String> problems(DefinitionFile... files) {
    DefinitionsRefused refused = assertThrows(DefinitionsRefused.class, () -> DefinitionReader.read(List.of(files)));
    return refused.problems().stream().map(DefinitionProblem::toString).toList();
  }
}
