/**
 * Self-registration through a chapter's invite (link or QR code; expiring, usage-limited,
 * revocable). A new member waits as {@code pending} until an organiser approves or rejects the
 * registration. The consent text is versioned, in Khmer and English, and its version is stored
 * with the member.
 */
package org.sahakum.core.registration;
