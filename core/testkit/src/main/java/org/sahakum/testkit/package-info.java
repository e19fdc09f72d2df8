/**
 * What every module's integration tests share: one embedded MariaDB per test run
 * ({@link org.sahakum.testkit.TestDatabase}), plugin jars built at test time
 * ({@link org.sahakum.testkit.PluginJar}), the core WAR deployed with a plugins folder
 * ({@link org.sahakum.testkit.SahakumDeployment}), a small JSON client
 * ({@link org.sahakum.testkit.ApiClient}), two organisations with their admins
 * ({@link org.sahakum.testkit.TwoTenants}) and the isolation contract each module's tests extend
 * ({@link org.sahakum.testkit.ModuleIsolationContract}).
 */
package org.sahakum.testkit;
