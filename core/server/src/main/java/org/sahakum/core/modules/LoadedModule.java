package org.sahakum.core.modules;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import org.sahakum.api.SahakumModule;

/**
 * A module that passed every load step and can be mounted.
 *
 * @param elements the custom-element scripts its UI definition names, by file name
 */
public record LoadedModule(String id, String version, SahakumModule module, EntityManagerFactory emf, JsonObject ui,
    Map<String, ElementScript> elements) {}
