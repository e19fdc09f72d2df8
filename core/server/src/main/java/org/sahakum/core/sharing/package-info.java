/**
 * Lists of places an organisation shares with its network (a module's {@link org.sahakum.api.SharedList}):
 * the organisation's switch and preview, the snapshot the network sees, and the network's view of
 * every organisation that shares. People never cross: the module promises rows without them, and the
 * network reads only the snapshot.
 */
package org.sahakum.core.sharing;
