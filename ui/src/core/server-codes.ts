/**
 * Reads, from the server's Java sources, every stable code a refusal can carry (problem+json
 * `code`), so a test can check that the app has words for each. Only tests use it (it reads files).
 *
 * A refusal is made in one of a few ways, each read here: `Refusal.invalid(field, "code", ...)`,
 * `Refusal.unprocessable(field, "code", ...)`, `Refusal.conflict("code", ...)`, `new Refusal(409,
 * "code", ...)`, `Problem.coded(status, detail, "code", field)` and `new Problem(type, title,
 * status, detail, "code", ...)`; a code may also be a `static final String` constant of the same
 * file. Bean Validation's codes come from `ValidationCodes`, a refused password's from
 * `Weakness`. A site whose code cannot be read is reported, never passed over: write the code as
 * a literal or a constant, or the test cannot vouch for it.
 */
export interface ServerCodes {
  /** Each code with the places that send it (`path:line`). */
  codes: Map<string, string[]>;
  /** Refusal sites whose code could not be read. */
  unreadable: string[];
}

/** A site that hands on a code made elsewhere (the factory methods, the mappers): read where it is made. */
export const FORWARDERS: readonly { file: RegExp; argument: RegExp }[] = [
  { file: /core\/api\/.*\/Refusal\.java$/, argument: /^code$/ },
  { file: /core\/server\/.*\/platform\/Problem\.java$/, argument: /^(code|first\.code\(\))$/ },
  { file: /core\/server\/.*\/platform\/ProblemMappers\.java$/, argument: /^e\.code\(\)$/ },
  { file: /core\/server\/.*\/passwords\/PasswordRefusedMapper\.java$/, argument: /^e\.weakness\(\)\.code\(\)$/ },
];

/** The kinds of call that make a refusal, and which argument holds its code. */
const SITES: readonly { call: RegExp; argument: number; minArguments?: number }[] = [
  { call: /\bRefusal\s*\.\s*(?:invalid|unprocessable)\s*\(/g, argument: 1 },
  { call: /\bRefusal\s*\.\s*conflict\s*\(/g, argument: 0 },
  { call: /\bnew\s+(?:org\.sahakum\.api\.)?Refusal\s*\(/g, argument: 1 },
  { call: /\bProblem\s*\.\s*coded\s*\(/g, argument: 2 },
  { call: /\bnew\s+(?:org\.sahakum\.core\.platform\.)?Problem\s*\(/g, argument: 4, minArguments: 5 },
];

const LITERAL = /^"([a-z][a-z0-9]*(?:-[a-z0-9]+)*)"$/;

/** Java source without its comments, string literals kept (so a `//` inside a string stays). */
export function withoutComments(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '"' || c === '\'') {
      const end = endOfLiteral(source, i);
      out += source.slice(i, end);
      i = end - 1;
    } else if (source.startsWith('//', i)) {
      const end = source.indexOf('\n', i);
      i = (end < 0 ? source.length : end) - 1;
    } else if (source.startsWith('/*', i)) {
      const end = source.indexOf('*/', i + 2);
      const skipped = source.slice(i, end < 0 ? source.length : end + 2);
      out += skipped.replace(/[^\n]/g, ' '); // keep the line numbers
      i = (end < 0 ? source.length : end + 2) - 1;
    } else {
      out += c;
    }
  }
  return out;
}

function endOfLiteral(source: string, start: number): number {
  if (source.startsWith('"""', start)) {
    const end = source.indexOf('"""', start + 3);
    return end < 0 ? source.length : end + 3;
  }
  const quote = source[start];
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === quote || source[i] === '\n') return i + 1;
  }
  return source.length;
}

/** The arguments of the call whose `(` is at `open`, split at top-level commas. */
export function callArguments(source: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '"' || c === '\'') {
      i = endOfLiteral(source, i) - 1;
    } else if (c === '(' || c === '[' || c === '{') {
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) {
        const last = source.slice(start, i).trim();
        if (last || args.length) args.push(last);
        return args;
      }
    } else if (c === ',' && depth === 1) {
      args.push(source.slice(start, i).trim());
      start = i + 1;
    }
  }
  return args;
}

/** The `static final String NAME = "value";` constants of a file. */
function constants(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(/\bstatic\s+final\s+String\s+([A-Z][A-Z0-9_]*)\s*=\s*("[^"\n]*")\s*;/g)) out.set(m[1], m[2]);
  return out;
}

/** Every refusal code the given Java files (path to text) send. */
export function serverCodes(files: ReadonlyMap<string, string>): ServerCodes {
  const codes = new Map<string, string[]>();
  const unreadable: string[] = [];
  const add = (code: string, where: string) => codes.set(code, [...(codes.get(code) ?? []), where]);
  for (const [path, text] of files) {
    const source = withoutComments(text);
    const named = constants(source);
    const line = (index: number) => source.slice(0, index).split('\n').length;
    for (const site of SITES) {
      for (const m of source.matchAll(site.call)) {
        const open = m.index! + m[0].length - 1;
        const args = callArguments(source, open);
        if (site.minArguments !== undefined && args.length < site.minArguments) continue;
        const where = `${path}:${line(m.index!)}`;
        const argument = (args[site.argument] ?? '').replace(/\s+/g, '');
        const literal = LITERAL.exec(argument) ?? LITERAL.exec(named.get(argument) ?? '');
        if (literal) add(literal[1], where);
        else if (argument === 'null' && site.call.source.includes('Problem')) continue; // a problem without a code
        else if (!FORWARDERS.some((f) => f.file.test(path) && f.argument.test(argument))) unreadable.push(`${where}: ${argument || '(no code)'}`);
      }
    }
    if (/\bextends\s+(?:org\.sahakum\.api\.)?Refusal\b/.test(source)) {
      // a refusal of its own kind names its code where it calls Refusal's constructor
      for (const m of source.matchAll(/\bsuper\s*\(/g)) {
        const argument = (callArguments(source, m.index! + m[0].length - 1)[1] ?? '').replace(/\s+/g, '');
        const literal = LITERAL.exec(argument) ?? LITERAL.exec(named.get(argument) ?? '');
        if (literal) add(literal[1], `${path}:${line(m.index!)}`);
        else unreadable.push(`${path}:${line(m.index!)}: ${argument || '(no code)'}`);
      }
    }
    if (/\/platform\/ValidationCodes\.java$/.test(path)) {
      for (const m of source.matchAll(/(?:->|\?|:)\s*"([a-z][a-z0-9-]*)"/g)) add(m[1], `${path}:${line(m.index!)}`);
    }
    if (/\/passwords\/Weakness\.java$/.test(path)) {
      for (const m of source.matchAll(/^\s*[A-Z][A-Z_]*\s*\(\s*"([a-z][a-z0-9-]*)"/gm)) add(m[1], `${path}:${line(m.index!)}`);
    }
  }
  return { codes, unreadable };
}

/**
 * The audit actions the core writes (`audit.record(tenant, actor, "member.read", ...)`,
 * `recordRead`, an `AuditLog.Entry`), each with where: the app names each (`auditAction.<action>`).
 * A call whose action is not a literal or a constant of its file is reported in `unreadable`; a
 * module's actions (`module.id() + ":" + action`) are the module's, said by its name.
 */
export function coreAuditActions(files: ReadonlyMap<string, string>): ServerCodes {
  const codes = new Map<string, string[]>();
  const unreadable: string[] = [];
  const ACTION = /^"([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*)"$/;
  for (const [path, text] of files) {
    if (!path.startsWith('core/server/')) continue;
    const source = withoutComments(text);
    const named = constants(source);
    const line = (index: number) => source.slice(0, index).split('\n').length;
    const sites = [
      ...[...source.matchAll(/\b(?:audit|auditLog|log)\s*\.\s*(?:record|recordRead)\s*\(/g)].map((m) => ({ m, argument: 2 })),
      ...[...source.matchAll(/\bnew\s+AuditLog\s*\.\s*Entry\s*\(/g)].map((m) => ({ m, argument: 0 })),
    ];
    for (const { m, argument } of sites) {
      const args = callArguments(source, m.index! + m[0].length - 1);
      const value = (args[argument] ?? '').replace(/\s+/g, '');
      const where = `${path}:${line(m.index!)}`;
      const literal = ACTION.exec(value) ?? ACTION.exec(named.get(value) ?? '');
      // one of several, chosen by a condition: `body.enabled() ? "module.enabled" : "module.disabled"`
      const chosen = value.includes('?"') ? [...value.matchAll(/"([^"]*)"/g)].map((m) => m[1]) : [];
      if (chosen.some((a) => !ACTION.test(`"${a}"`))) chosen.length = 0;
      const actions = literal ? [literal[1]] : chosen;
      for (const action of actions) codes.set(action, [...(codes.get(action) ?? []), where]);
      // a module's actions are written under its id by the core's hosts, and said by the module's name
      if (!actions.length && !/module\.id\(\)\+":"\+action/.test(value)) unreadable.push(`${where}: ${value || '(none)'}`);
    }
  }
  return { codes, unreadable };
}
