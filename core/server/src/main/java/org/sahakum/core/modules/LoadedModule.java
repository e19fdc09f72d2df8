package org.sahakum.core.modules;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import org.sahakum.api.SahakumModule;

/**
 * A module that passed every load step and can be mounted.
 *
 * @param elements the custom-element scripts its UI definition names, by file name
 * @param uiDigest the SHA-256 of its UI definition as answered (hex), for the modules answer's ETag
 */
public record LoadedModule(String id, String version, SahakumModule module, EntityManagerFactory emf, JsonObject ui,
    Map<String, ElementScript> elements, String uiDigest) {

  LoadedModule(String id, String version, SahakumModule module, EntityManagerFactory emf, JsonObject ui,
      Map<String, ElementScript> elements) {
    this(id, version, module, emf, ui, elements, ModuleListTag.sha256(ui == null ? "" : ui.toString()));
  }
}
