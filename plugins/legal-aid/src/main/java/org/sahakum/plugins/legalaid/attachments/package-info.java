/** Files on a case: PDF, JPEG or PNG within a size limit, sealed at rest, each download audited. */
package org.sahakum.plugins.legalaid.attachments;
