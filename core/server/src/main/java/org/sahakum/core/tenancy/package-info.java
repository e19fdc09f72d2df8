/**
 * The tenant tree: platform → network → organisation → chapter. Every node has a slug, names in
 * Khmer and English, a type and a status. An organisation is a wall: nothing above it reads its
 * rows.
 */
package org.sahakum.core.tenancy;
