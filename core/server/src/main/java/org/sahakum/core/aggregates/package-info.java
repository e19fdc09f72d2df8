/**
 * Aggregates up the tree: indicators (the core's and the modules'), which an organisation chooses
 * to publish to its network, and the network's dashboard of them. Cells under
 * {@value org.sahakum.core.aggregates.SmallCellSuppression#MIN} are suppressed, with complementary
 * suppression so that totals and differences cannot reveal them.
 */
package org.sahakum.core.aggregates;
