/**
 * Ballots: cast once by a member on the roll, kept only as counters per choice spread over random
 * shards, so no row stands for one ballot; {@code my-ballots} lists the votes a member may cast.
 */
package org.sahakum.plugins.governance.ballots;
