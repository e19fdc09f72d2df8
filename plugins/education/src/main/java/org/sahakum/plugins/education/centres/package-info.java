/** Drop-in centres, where classes are held: a name, the chapter that runs it, its khan or province. */
package org.sahakum.plugins.education.centres;
