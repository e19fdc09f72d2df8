package org.sahakum.core.definitions;

import java.util.List;

/**
 * What applying the files would change, in order, and what it leaves out on purpose (modules not
 * installed here, permissions this server's catalogue does not hold). Empty changes: the tree
 * already says what the files say.
 */
record Plan(List<Change> changes, List<String> notes) {}
