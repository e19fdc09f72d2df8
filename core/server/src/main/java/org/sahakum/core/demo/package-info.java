/**
 * {@code SAHAKUM_DEMO=1}: at start, the definitions of the tenants folder are applied and WNU gets
 * its demo admin and clearly fictional demo data, all through the services the calls use.
 */
package org.sahakum.core.demo;
