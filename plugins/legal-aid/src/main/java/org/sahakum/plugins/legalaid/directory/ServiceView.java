package org.sahakum.plugins.legalaid.directory;

/**
 * A directory entry as the API answers it.
 *
 * @param serviceKind one of {@link Service#KINDS}
 * @param active whether new referrals may go to it
 */
public record ServiceView(long id, String name, String serviceKind, String area, String phone, boolean active) {

  static ServiceView of(Service s) {
    return new ServiceView(s.getId(), s.getName(), s.getKind(), s.getArea(), s.getPhone(), s.isActive());
  }
}
