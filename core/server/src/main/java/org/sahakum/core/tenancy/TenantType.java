package org.sahakum.core.tenancy;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The kinds of node, and which kind may sit under which. */
public enum TenantType {
  PLATFORM, NETWORK, ORGANISATION, CHAPTER;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<TenantType> fromCode(String code) {
    for (TenantType t : values()) {
      if (t.code().equals(code)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Whether a node of this type may be created under {@code parent}. */
  public boolean mayLiveUnder(TenantType parent) {
    return switch (this) {
      case PLATFORM -> false;
      case NETWORK -> parent == PLATFORM;
      case ORGANISATION -> Set.of(PLATFORM, NETWORK).contains(parent);
      case CHAPTER -> parent == ORGANISATION;
    };
  }

  /** Organisations and chapters hold personal rows; grants above them never reach those. */
  public boolean holdsPersonalData() {
    return this == ORGANISATION || this == CHAPTER;
  }
}
