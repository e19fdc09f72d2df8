package org.sahakum.plugins.education;

import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.MemberEventListener;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.PermissionDefinition;
import org.sahakum.api.SahakumModule;
import org.sahakum.api.SealedData;
import org.sahakum.plugins.education.attendance.AttendanceMark;
import org.sahakum.plugins.education.attendance.ClassSession;
import org.sahakum.plugins.education.centres.Centre;
import org.sahakum.plugins.education.children.Child;
import org.sahakum.plugins.education.children.ChildNames;
import org.sahakum.plugins.education.classes.EduClass;
import org.sahakum.plugins.education.classes.Term;
import org.sahakum.plugins.education.enrolments.ClassEnrolment;
import org.sahakum.plugins.education.erasure.GuardianErasure;

/**
 * The education module as the core sees it: its id, names, permissions, entities, the sealed
 * children's names, its erasure listener and the JAX-RS resource the core mounts at
 * {@code /api/t/{tenant}/education}.
 */
@Extension
public class EducationModule implements SahakumModule {

  /** The module's id: the jar's {@code Plugin-Id} and the URL segment. */
  public static final String ID = "education";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("ការអប់រំ", "Education");
  }

  @Override
  public LocalizedText description() {
    return LocalizedText.of(
        "កូនរបស់សមាជិកក្នុងថ្នាក់រៀននៅមជ្ឈមណ្ឌល និងការត្រឡប់ទៅសាលារៀនរដ្ឋវិញ៖ "
            + "ថ្នាក់ វត្តមាន និងការចុះឈ្មោះចូលរៀន។",
        "Members' children in drop-in-centre classes and back in public school: "
            + "classes, attendance and school enrolment.");
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return EducationPermissions.ALL;
  }

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(Centre.class, Term.class, EduClass.class, Child.class, ClassEnrolment.class, ClassSession.class,
        AttendanceMark.class);
  }

  /** Children's names are sealed; a key rotation re-seals them under the newest key. */
  @Override
  public List<SealedData> sealedData() {
    return List.of(ChildNames.store());
  }

  /** An erased guardian's children are erased with them, or unlinked where a second guardian stays. */
  @Override
  public Optional<MemberEventListener> memberEvents() {
    return Optional.of(new GuardianErasure());
  }

  @Override
  public Object resource(ModuleContext context) {
    return new EducationResource(context);
  }
}
