import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { km } from '../i18n/km';
import { coreAuditActions, serverCodes, withoutComments } from './server-codes';

const root = resolve(process.cwd(), '..');

/** Every Java source of the core and the plugins, by path from the repository's root. */
function javaSources(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.java')) files.set(relative(root, path), readFileSync(path, 'utf8'));
    }
  };
  for (const top of ['core', 'plugins']) {
    for (const module of readdirSync(join(root, top), { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const sources = join(root, top, module.name, 'src/main/java');
      try {
        walk(sources);
      } catch {
        // a folder without Java sources
      }
    }
  }
  return files;
}

describe('the server\'s refusal codes', () => {
  const found = serverCodes(javaSources());

  it('are all read from the sources: no refusal hides its code where this test cannot see it', () => {
    expect(found.unreadable).toEqual([]);
    // the reading is not vacuous: codes of the core, its validation, passwords and several modules
    expect([...found.codes.keys()]).toEqual(expect.arrayContaining(['required', 'too-long', 'too-short', 'format',
      'password-common', 'password-current-wrong', 'unknown-member', 'chapter-fixed', 'not-enrolled', 'stock-short',
      'before-held', 'already-voted', 'idempotency-key-reused']));
    expect(found.codes.size).toBeGreaterThan(50);
  });

  it('each have words in Khmer and in English', () => {
    const missing = [...found.codes].filter(([code]) => !Object.hasOwn(en, `problem.${code}`) || !Object.hasOwn(km, `problem.${code}`))
      .map(([code, where]) => `${code} (${where[0]})`);
    expect(missing).toEqual([]);
  });
});

describe('the core\'s audit actions', () => {
  const found = coreAuditActions(javaSources());

  it('are all read from the sources, and each is named in Khmer and English on the audit trail', () => {
    expect(found.unreadable).toEqual([]);
    expect([...found.codes.keys()]).toEqual(expect.arrayContaining(['member.identity.revealed', 'member.searched.phone',
      'module.enabled', 'module.disabled', 'two-step.required', 'staff.listed']));
    const unnamed = [...found.codes].filter(([action]) => !Object.hasOwn(en, `auditAction.${action}`)
      || !Object.hasOwn(km, `auditAction.${action}`)).map(([action, where]) => `${action} (${where[0]})`);
    expect(unnamed).toEqual([]);
  });

  it('are read from a call written over several lines, and from each branch of a choice', () => {
    const read = coreAuditActions(new Map([['core/server/src/main/java/X.java', `class X {
      void a() { audit.record(t.getId(), actor,
          on ? "module.enabled" : "module.disabled", "module", id); }
      void b() { auditLog.recordRead(t, a, ACTION, "member", null); }
      static final String ACTION = "member.read";
      void c() { audit.record(t, a, what, "x", null); }
    }`]]));
    expect([...read.codes.keys()].sort()).toEqual(['member.read', 'module.disabled', 'module.enabled']);
    expect(read.unreadable).toEqual(['core/server/src/main/java/X.java:6: what']);
  });
});

describe('reading the codes', () => {
  const read = (source: string, path = 'plugins/x/src/main/java/X.java') => serverCodes(new Map([[path, source]]));

  it('finds a code however the call is written, and a constant of the same file', () => {
    const found = read(`class X {
      static final String TAKEN = "name-taken";
      void a() { throw Refusal.invalid("name",
          "too-odd", "name: odd (not, \\"this\\")"); }
      void b() { throw Refusal.conflict( "already-done" , "Done."); }
      void c() { throw new org.sahakum.api.Refusal(403, "not-yours", null, "No."); }
      void d() { return Problem.coded(Response.Status.CONFLICT, "Taken.", TAKEN, "name"); }
      void e() { return Refusal.unprocessable(HEADER, "key-reused", "x"); }
    }`);
    expect([...found.codes.keys()].sort()).toEqual(['already-done', 'key-reused', 'name-taken', 'not-yours', 'too-odd']);
    expect(found.unreadable).toEqual([]);
  });

  it('finds the code of a refusal of its own kind', () => {
    const found = read(`public class NameTaken extends Refusal {
      public NameTaken() {
        super(409, "username-taken", "username", "Taken.");
      }
    }`);
    expect([...found.codes.keys()]).toEqual(['username-taken']);
  });

  it('reports a refusal whose code it cannot read, and passes over comments', () => {
    const found = read(`class X {
      // throw Refusal.conflict(code, "in a comment");
      /* Refusal.invalid("f", whatever, "x") */
      void a(String code) { throw Refusal.conflict(code, "Taken."); }
      String url = "http://example.org/"; void b() { throw Refusal.conflict("after-a-url", "x"); }
    }`);
    expect(found.unreadable).toEqual(['plugins/x/src/main/java/X.java:4: code']);
    expect([...found.codes.keys()]).toEqual(['after-a-url']);
  });

  it('keeps the lines of a source whose comments it takes out', () => {
    const source = 'a /* one\ntwo */ b // three\nc "// not a comment"';
    expect(withoutComments(source).split('\n')).toHaveLength(3);
    expect(withoutComments(source)).toContain('"// not a comment"');
  });
});
