/**
 * The staff of a tenant by name, for the web app's {@code account} field: a form offers the
 * accounts that hold a permission by login name and stores the account id, and a list shows the
 * name where the module answers an id.
 */
package org.sahakum.core.staff;
