package org.sahakum.plugins.governance.ballots;

import java.time.Instant;
import java.util.List;
import org.sahakum.plugins.governance.elections.ChoiceView;

/** An open vote the caller may still cast, with its ballot. */
public record MyBallotView(long id, String kind, String titleKm, String titleEn, int seats, Instant closesAt,
    List<ChoiceView> choices) {}
