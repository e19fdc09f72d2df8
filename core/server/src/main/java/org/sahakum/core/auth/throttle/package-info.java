/**
 * The login throttle: guessing gets slower with every failure, yet the real person still gets in.
 * {@link org.sahakum.core.auth.throttle.ThrottlePolicy} holds the arithmetic,
 * {@link org.sahakum.core.auth.throttle.Throttle} applies it to the failures a
 * {@link org.sahakum.core.auth.throttle.FailureStore} remembers, and
 * {@link org.sahakum.core.auth.throttle.LoginThrottle} is the server's instance, kept in the
 * database so that every server of a cluster counts the same failures.
 */
package org.sahakum.core.auth.throttle;
