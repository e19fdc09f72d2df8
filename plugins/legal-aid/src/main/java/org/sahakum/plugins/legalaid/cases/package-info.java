/**
 * Legal-aid cases: the kind of case, the client (a member by id, or a non-member by group, never a
 * name), the status workflow, the assignee, hearings and deadlines. Notes and files live in their
 * own packages.
 */
package org.sahakum.plugins.legalaid.cases;
