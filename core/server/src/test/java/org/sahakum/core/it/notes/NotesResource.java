package org.sahakum.core.it.notes;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.sahakum.api.ModuleContext;

/** One endpoint per way of reaching the rows. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotesResource {
  private final ModuleContext ctx;
  private final EntityManager em;

  NotesResource(ModuleContext ctx) {
    this.ctx = ctx;
    this.em = ctx.entityManager();
  }

  public record NewNotebook(String title) {}

  public record NewNote(long notebookId, String text, Long memberId) {}

  public record NoteView(long id, String text, boolean archived, long notebookId) {
    static NoteView of(Note n) {
      return new NoteView(n.id, n.text, n.archived, n.notebook.id);
    }
  }

  @POST
  @Path("notebooks")
  public Response notebook(NewNotebook body) {
    Notebook b = new Notebook();
    b.title = body.title();
    em.persist(b);
    em.flush();
    return Response.status(201).entity(Map.of("id", b.id, "title", b.title)).build();
  }

  public record NotebookView(long id, String title) {}

  @GET
  @Path("notebooks")
  public List<NotebookView> notebooks() {
    return em.createQuery("SELECT b FROM Notebook b ORDER BY b.id", Notebook.class).getResultList().stream()
        .map(b -> new NotebookView(b.id, b.title)).toList();
  }

  @GET
  @Path("notebooks/{id}")
  public NotebookView notebook(@PathParam("id") long id) {
    Notebook b = em.find(Notebook.class, id);
    if (b == null) {
      throw new NotFoundException("No such notebook.");
    }
    return new NotebookView(b.id, b.title);
  }

  @POST
  @Path("notes")
  public Response note(NewNote body) {
    Note n = create(body);
    ctx.audit().record("note.created", "note", String.valueOf(n.id));
    return Response.status(201).entity(NoteView.of(n)).build();
  }

  /** Writes a note and its audit entry, then fails: neither may remain. */
  @POST
  @Path("notes/then-fail")
  public Response noteThenFail(NewNote body) {
    Note n = create(body);
    ctx.audit().record("note.created", "note", String.valueOf(n.id));
    throw new BadRequestException("Refused on purpose after writing.");
  }

  private Note create(NewNote body) {
    Notebook b = em.find(Notebook.class, body.notebookId());
    if (b == null) {
      throw new NotFoundException("No such notebook.");
    }
    Note n = new Note();
    n.text = body.text();
    n.memberId = body.memberId();
    n.notebook = b;
    em.persist(n);
    em.flush();
    return n;
  }

  @GET
  @Path("notes")
  public List<NoteView> jpql() {
    return em.createQuery("SELECT n FROM Note n ORDER BY n.id", Note.class).getResultList().stream().map(NoteView::of).toList();
  }

  @GET
  @Path("notes/criteria")
  public List<NoteView> criteria() {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Note> q = cb.createQuery(Note.class);
    q.select(q.from(Note.class));
    return em.createQuery(q).getResultList().stream().map(NoteView::of).toList();
  }

  @GET
  @Path("notes/{id}")
  public NoteView find(@PathParam("id") long id) {
    Note n = em.find(Note.class, id);
    if (n == null) {
      throw new NotFoundException("No such note.");
    }
    return NoteView.of(n);
  }

  @GET
  @Path("notes/joined")
  public List<NoteView> joined(@QueryParam("title") String title) {
    return em.createQuery("SELECT n FROM Note n JOIN n.notebook b WHERE b.title = :t", Note.class)
        .setParameter("t", title).getResultList().stream().map(NoteView::of).toList();
  }

  @GET
  @Path("notebooks/counts")
  public List<Object[]> leftJoinCounts() {
    return em.createQuery("SELECT b.title, COUNT(n.id) FROM Notebook b LEFT JOIN b.notes n GROUP BY b.title ORDER BY b.title",
        Object[].class).getResultList();
  }

  @POST
  @Path("notes/archive-all")
  public Map<String, Integer> archiveAll() {
    return Map.of("updated", em.createQuery("UPDATE Note n SET n.archived = TRUE").executeUpdate());
  }

  @DELETE
  @Path("notes")
  public Map<String, Integer> deleteAll() {
    return Map.of("deleted", em.createQuery("DELETE FROM Note n").executeUpdate());
  }

  @DELETE
  @Path("notes/criteria")
  public Map<String, Integer> deleteAllByCriteria() {
    CriteriaDelete<Note> d = em.getCriteriaBuilder().createCriteriaDelete(Note.class);
    d.from(Note.class);
    return Map.of("deleted", em.createQuery(d).executeUpdate());
  }

  /**
   * A text sealed with the organisation's key, kept as a note. This module never asks the lockdown
   * port: the core's own gate must stop the secret and the file below under a lockdown.
   */
  @POST
  @Path("secrets")
  public Response secret(NewNote body) {
    // as a real module does, what the value belongs to is read (the request's connection taken) before sealing
    if (em.find(Notebook.class, body.notebookId()) == null) {
      throw new NotFoundException("No such notebook.");
    }
    byte[] sealed = ctx.sealer().seal("secret", body.text().getBytes(StandardCharsets.UTF_8));
    Note n = create(new NewNote(body.notebookId(), Base64.getEncoder().encodeToString(sealed), body.memberId()));
    return Response.status(201).entity(Map.of("id", n.id)).build();
  }

  @GET
  @Path("secrets/{id}")
  public Map<String, String> openSecret(@PathParam("id") long id) {
    return Map.of("text", new String(ctx.sealer().open("secret", Base64.getDecoder().decode(note(id).text)),
        StandardCharsets.UTF_8));
  }

  /** A note as a file to save. */
  @GET
  @Path("notes/{id}/file")
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public Response file(@PathParam("id") long id) {
    return Response.ok(note(id).text, MediaType.TEXT_PLAIN).header("Content-Disposition", "attachment").build();
  }

  private Note note(long id) {
    Note n = em.find(Note.class, id);
    if (n == null) {
      throw new NotFoundException("No such note.");
    }
    return n;
  }

  /** Each door out of the tenant's scope, tried in a read: every one must stay shut. */
  @GET
  @Path("escapes")
  public Map<String, Boolean> escapes() {
    return new Escapes(ctx).tryAll();
  }

  /** The same in a write, where the EntityManager holds a live transaction. */
  @POST
  @Path("escapes")
  public Map<String, Boolean> escapesInAWrite() {
    return new Escapes(ctx).tryAll();
  }

  /** The doors the core leaves open, tried: for the record. */
  @GET
  @Path("escapes/open")
  public Map<String, Boolean> openDoors() {
    return new Escapes(ctx).tryOpen();
  }
}
