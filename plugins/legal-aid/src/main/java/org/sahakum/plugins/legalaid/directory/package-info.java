/**
 * The organisation's own directory of services it refers clients to: legal services, NGOs,
 * health services, shelters, government offices. It names organisations, never clients.
 */
package org.sahakum.plugins.legalaid.directory;
