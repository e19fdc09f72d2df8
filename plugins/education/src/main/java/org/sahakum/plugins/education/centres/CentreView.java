package org.sahakum.plugins.education.centres;

/** A centre as the API answers it. */
public record CentreView(long id, String name, String chapter, String place) {

  public static CentreView of(Centre c) {
    return new CentreView(c.getId(), c.getName(), c.getChapterSlug(), c.getPlace());
  }
}
