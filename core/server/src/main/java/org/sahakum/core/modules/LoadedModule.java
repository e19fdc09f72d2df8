package org.sahakum.core.modules;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManagerFactory;
import org.sahakum.api.SahakumModule;

/** A module that passed every load step and can be mounted. */
public record LoadedModule(String id, String version, SahakumModule module, EntityManagerFactory emf, JsonObject ui) {}
