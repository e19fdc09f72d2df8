package org.sahakum.core.modules;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.sahakum.api.SahakumModule;
import org.sahakum.api.TenantOwned;
import org.sahakum.api.UtcInstantConverter;

/**
 * A module's persistence unit, described in code: JTA on the container's DataSource, exactly the
 * module's entity classes, loaded by the module's class loader, with no shared cache (a cache
 * shared across tenants is a way for rows to cross the wall). A module that asks for it
 * ({@link SahakumModule#batchWrites()}) has its flushes sent as JDBC batches.
 */
final class ModulePersistenceUnit implements PersistenceUnitInfo {
  private final SahakumModule module;
  private final ClassLoader loader;
  private final DataSource dataSource;
  private final URL root;

  ModulePersistenceUnit(SahakumModule module, ClassLoader loader, DataSource dataSource, URL root) {
    this.module = module;
    this.loader = loader;
    this.dataSource = dataSource;
    this.root = root;
  }

  @Override
  public String getPersistenceUnitName() {
    return "module-" + module.id();
  }

  @Override
  public String getPersistenceProviderClassName() {
    return "org.eclipse.persistence.jpa.PersistenceProvider";
  }

  /** Jakarta Persistence 3.2: the unit is no CDI bean (the core hands plugins its EntityManager itself). */
  @Override
  public String getScopeAnnotationName() {
    return null;
  }

  @Override
  public List<String> getQualifierAnnotationNames() {
    return List.of();
  }

  @Override
  public PersistenceUnitTransactionType getTransactionType() {
    return PersistenceUnitTransactionType.JTA;
  }

  @Override
  public DataSource getJtaDataSource() {
    return dataSource;
  }

  @Override
  public DataSource getNonJtaDataSource() {
    return null;
  }

  @Override
  public List<String> getMappingFileNames() {
    return List.of();
  }

  @Override
  public List<URL> getJarFileUrls() {
    return List.of();
  }

  @Override
  public URL getPersistenceUnitRootUrl() {
    return root;
  }

  @Override
  public List<String> getManagedClassNames() {
    java.util.ArrayList<String> names = new java.util.ArrayList<>();
    names.add(TenantOwned.class.getName());
    names.add(UtcInstantConverter.class.getName());
    module.entityClasses().forEach(c -> names.add(c.getName()));
    return names;
  }

  @Override
  public boolean excludeUnlistedClasses() {
    return true;
  }

  @Override
  public SharedCacheMode getSharedCacheMode() {
    return SharedCacheMode.NONE;
  }

  @Override
  public ValidationMode getValidationMode() {
    return ValidationMode.NONE;
  }

  @Override
  public Properties getProperties() {
    Properties p = new Properties();
    p.setProperty("eclipselink.target-server", "Glassfish");
    p.setProperty("eclipselink.target-database", "MySQL");
    p.setProperty("eclipselink.weaving", "false");
    p.setProperty("eclipselink.session-name", "sahakum-module-" + module.id());
    p.setProperty("eclipselink.deploy-on-startup", "true");
    p.setProperty("eclipselink.ddl-generation", "none");
    p.setProperty("eclipselink.cache.shared.default", "false");
    p.setProperty("eclipselink.multitenant.tenants-share-cache", "false");
    p.setProperty("eclipselink.jdbc.allow-native-sql-queries", "false");
    p.setProperty("eclipselink.logging.level", "WARNING");
    if (module.batchWrites()) {
      p.setProperty("eclipselink.jdbc.batch-writing", "JDBC");
      p.setProperty("eclipselink.jdbc.batch-writing.size", "100");
    }
    return p;
  }

  @Override
  public String getPersistenceXMLSchemaVersion() {
    return "3.2";
  }

  @Override
  public ClassLoader getClassLoader() {
    return loader;
  }

  @Override
  public void addTransformer(ClassTransformer transformer) {
    // weaving is off: module classes are never transformed
  }

  @Override
  public ClassLoader getNewTempClassLoader() {
    return loader;
  }
}
