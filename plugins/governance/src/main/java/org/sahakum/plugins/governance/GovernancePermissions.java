package org.sahakum.plugins.governance;

import java.util.List;
import java.util.Set;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.PermissionDefinition;

/**
 * What the governance module lets roles do. The role {@code admin} holds every permission through
 * {@code *} and is not listed. A member needs no permission to vote: being on a vote's roll is what
 * lets them, and they read a closed vote's result when they are members of its scope.
 */
public final class GovernancePermissions {

  public static final String VOTE_MANAGE = "gov:vote:manage";
  public static final String RESULT_READ = "gov:result:read";

  /** Every permission the module declares, in the order an admin screen shows them. */
  public static final List<PermissionDefinition> ALL = List.of(
      permission(VOTE_MANAGE,
          "រៀបចំការបោះឆ្នោត និងសំណើ បើកការបោះឆ្នោត និងបញ្ចូលសន្លឹកឆ្នោតក្រដាស",
          "Prepare elections and motions, open them and enter paper ballot counts",
          "organiser"),
      permission(RESULT_READ,
          "មើលលទ្ធផលការបោះឆ្នោតបន្ទាប់ពីបិទ",
          "See the results of votes once they have closed",
          "organiser"));

  private GovernancePermissions() {}

  private static PermissionDefinition permission(String name, String km, String en, String... roles) {
    return new PermissionDefinition(name, LocalizedText.of(km, en), Set.of(roles));
  }
}
