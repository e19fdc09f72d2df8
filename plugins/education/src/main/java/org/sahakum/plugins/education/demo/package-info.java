/** Education's demo data for {@code SAHAKUM_DEMO=1}: fictional, marked "(demo)", made through the module's services. */
package org.sahakum.plugins.education.demo;
