package org.sahakum.plugins.governance.ballots;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST my-ballots/{id}}: the chosen choices ({@code id}s as the ballot lists them): up to the
 * seats for an election (none is a blank ballot), exactly one answer for a motion.
 */
public record NewBallot(@NotNull @Size(max = 25) List<@NotNull Long> choices) {}
