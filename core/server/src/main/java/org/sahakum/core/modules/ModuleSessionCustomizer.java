package org.sahakum.core.modules;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.ForeignReferenceMapping;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * Loads a module's relationships at once instead of lazily. Without weaving, a lazy collection is
 * EclipseLink's {@code IndirectList}, whose public {@code getValueHolder().getSession()} hands the
 * module a session it could re-scope to another tenant. A module's relationships are few and
 * small, so eager loading costs little.
 */
final class ModuleSessionCustomizer implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    for (ClassDescriptor descriptor : session.getDescriptors().values()) {
      for (DatabaseMapping mapping : descriptor.getMappings()) {
        if (mapping.isForeignReferenceMapping()) {
          ((ForeignReferenceMapping) mapping).dontUseIndirection();
        }
      }
    }
  }
}
