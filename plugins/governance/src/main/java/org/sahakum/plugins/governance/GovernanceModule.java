package org.sahakum.plugins.governance;

import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;
import org.sahakum.api.DailyJob;
import org.sahakum.api.DemoData;
import org.sahakum.api.Indicator;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.MemberEventListener;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.PermissionDefinition;
import org.sahakum.api.SahakumModule;
import org.sahakum.plugins.governance.ballots.TallyCell;
import org.sahakum.plugins.governance.demo.GovernanceDemo;
import org.sahakum.plugins.governance.elections.Choice;
import org.sahakum.plugins.governance.elections.Election;
import org.sahakum.plugins.governance.erasure.VoterErasure;
import org.sahakum.plugins.governance.paper.PaperBox;
import org.sahakum.plugins.governance.paper.PaperCount;
import org.sahakum.plugins.governance.results.Scrub;
import org.sahakum.plugins.governance.results.TurnoutIndicator;
import org.sahakum.plugins.governance.roll.Voter;

/**
 * The governance module as the core sees it: its id, names, permissions, entities, the erasure
 * listener, the turnout indicator, the daily scrub of closed votes and the JAX-RS resource the core
 * mounts at {@code /api/t/{tenant}/governance}.
 */
@Extension
public class GovernanceModule implements SahakumModule {

  /** The module's id: the jar's {@code Plugin-Id} and the URL segment. */
  public static final String ID = "governance";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("អភិបាលកិច្ច និងការបោះឆ្នោត", "Governance and votes");
  }

  @Override
  public LocalizedText description() {
    return LocalizedText.of(
        "សមាជិកជ្រើសរើសគណៈកម្មាធិការសម្របសម្រួល និងសម្រេចលើសំណើ ដោយការបោះឆ្នោតសម្ងាត់ "
            + "តាមទូរស័ព្ទ ឬដោយសន្លឹកឆ្នោតក្រដាសនៅកិច្ចប្រជុំសាខា។",
        "Members elect their Coordinating Committee and decide motions by secret ballot, "
            + "on their phones or with paper ballots at a chapter meeting.");
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return GovernancePermissions.ALL;
  }

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(Election.class, Choice.class, Voter.class, TallyCell.class, PaperBox.class, PaperCount.class);
  }

  /** Turnout of closed votes, by the month they closed: counts only, suppressed by the core. */
  @Override
  public List<Indicator> indicators() {
    return List.of(new TurnoutIndicator());
  }

  /** Once a day, closed votes have their counters folded together, which rewrites every row. */
  @Override
  public List<DailyJob> dailyJobs() {
    return List.of(new Scrub());
  }

  @Override
  public Optional<DemoData> demoData() {
    return Optional.of(new GovernanceDemo());
  }

  /** An erased member leaves each roll; whether they voted stays only as a count. */
  @Override
  public Optional<MemberEventListener> memberEvents() {
    return Optional.of(new VoterErasure());
  }

  @Override
  public Object resource(ModuleContext context) {
    return new GovernanceResource(context);
  }
}
