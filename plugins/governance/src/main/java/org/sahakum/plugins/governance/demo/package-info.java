/** Demo data: a past Coordinating Committee election, voted and closed, through the module's own services. */
package org.sahakum.plugins.governance.demo;
