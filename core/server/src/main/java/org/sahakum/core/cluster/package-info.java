/**
 * What several app nodes share: they keep no state of their own that another node would need, and
 * work that must run on one node at a time is claimed in the database, with row locks (SELECT ...
 * FOR UPDATE), which Galera keeps on the node taking the writes, unlike GET_LOCK.
 */
package org.sahakum.core.cluster;
