package org.sahakum.core.definitions;

/** A definition file: the name problems are reported under (no folders) and its YAML text. */
public record DefinitionFile(String name, String text) {}
