/** The organising module's demo data, made through its own services. */
package org.sahakum.plugins.organising.demo;
