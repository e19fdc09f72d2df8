/**
 * argon2id (RFC 9106) over a memory the caller keeps and reuses, and the BLAKE2b it is built on:
 * the password hash of {@link org.sahakum.core.auth.PasswordHasher}, byte for byte the same as
 * BouncyCastle's and password4j's (tested), without allocating 19 MiB for every check.
 */
package org.sahakum.core.auth.argon2;
