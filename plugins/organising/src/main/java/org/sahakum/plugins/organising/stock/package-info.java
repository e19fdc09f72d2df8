/**
 * The IEC materials and condoms each tenant (a chapter, or the organisation itself) holds: what it
 * received, what its visits and events gave out, and what is left, which never goes below zero.
 */
package org.sahakum.plugins.organising.stock;
