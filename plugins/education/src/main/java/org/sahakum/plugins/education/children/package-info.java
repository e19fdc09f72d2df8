/**
 * Members' children: a sealed first name or nickname, birth year, gender if given, centre and
 * school status, made only with the guardian's consent to the current text. Lists never show the
 * name; each opening is audited; teachers reach only their own classes' children; guardians see
 * their own children ({@code my-children}).
 */
package org.sahakum.plugins.education.children;
