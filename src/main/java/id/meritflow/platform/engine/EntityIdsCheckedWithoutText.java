package id.meritflow.platform.engine;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * The engine's entity manager, with its id check of every inserted row done before its error text
 * is written. The engine checks each new entity's id with the message
 * {@code "Entity " + entity + " has an invalid id"} built in advance: the entity's {@code toString}
 * (every field, dates formatted) for every row it inserts, though the text is used only when the id
 * is missing or {@code *}. In the KP batch that was 4.4 % of the JVM's samples, more than the signer
 * decision (docs/perf/kenaikan-pangkat.md, fourth session). Here the id is looked at first, and an
 * invalid one goes to the engine's own check, so the error and its text are the engine's.
 */
final class EntityIdsCheckedWithoutText implements SessionFactory {

  private final ProcessEngineConfigurationImpl configuration;

  EntityIdsCheckedWithoutText(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public Class<?> getSessionType() {
    return DbEntityManager.class;
  }

  @Override
  public Session openSession() {
    PersistenceSession persistence = Context.getCommandContext().getSession(PersistenceSession.class);
    return new Manager(configuration.getIdGenerator(), persistence);
  }

  static final class Manager extends DbEntityManager {

    Manager(IdGenerator ids, PersistenceSession persistence) {
      super(ids, persistence);
    }

    @Override
    protected void validateId(DbEntity entity) {
      String id = entity.getId();
      if (id == null || Authorization.ANY.equals(id)) {
        super.validateId(entity);
      }
    }
  }
}
