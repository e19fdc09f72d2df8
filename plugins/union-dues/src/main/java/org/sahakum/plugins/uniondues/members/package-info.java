/**
 * How union dues names members: through the core's register ({@link org.sahakum.api.MemberDirectory}),
 * by member code and working name; the module itself stores only member ids.
 */
package org.sahakum.plugins.uniondues.members;
