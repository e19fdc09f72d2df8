package org.sahakum.core.it.notes;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.MemberEvent;
import org.sahakum.api.MemberEventListener;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.PermissionDefinition;
import org.sahakum.api.SahakumModule;

/** The test module {@code notes}. */
@Extension
public class NotesModule implements SahakumModule {
  @Override
  public String id() {
    return "notes";
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("កំណត់ចំណាំ", "Notes");
  }

  @Override
  public LocalizedText description() {
    return LocalizedText.of("ម៉ូឌុលសាកល្បង", "A module for the core's tests");
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return List.of(new PermissionDefinition("notes:note:write", LocalizedText.of("សរសេរ", "Write notes"), Set.of("organiser")));
  }

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(Notebook.class, Note.class);
  }

  /** Notes about an erased member go with them; a note that refuses to go would undo the erasure. */
  @Override
  public Optional<MemberEventListener> memberEvents() {
    return Optional.of((context, event) -> {
      if (event.kind() == MemberEvent.Kind.ERASED) {
        context.entityManager().createQuery("DELETE FROM Note n WHERE n.memberId = :m")
            .setParameter("m", event.memberId()).executeUpdate();
        context.audit().record("notes.erased", "member", null);
      }
    });
  }

  @Override
  public Object resource(ModuleContext context) {
    return new NotesResource(context);
  }
}
