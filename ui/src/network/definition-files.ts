/** A definition file as POST /api/platform/tenant-definitions takes it. */
export interface DefinitionFile {
  name: string;
  text: string;
}

/** One problem the server found: file, 1-based line, field path ('' for the whole file) and what. */
export interface DefinitionProblem {
  file: string;
  line: number;
  field: string;
  message: string;
}

/** The server's rules for a file (TenantDefinitionsResource.File). */
export const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
export const MAX_CHARS = 10_000;

/** A name the server takes, made from an uploaded file's name ("wnu (1).yaml" → "wnu-1-.yaml"). */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/^.*[\\/]/, '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  return (cleaned || 'file.yaml').slice(0, 100);
}

const LINE = /^([^:\n]+):(\d+): (.*)$/;
const FIELD = /^([^\s:]+): (.+)$/;

/**
 * The problems of a refusal, as the server writes them one a line after "Nothing was changed."
 * (`file:line: field: message`, the field left out when the whole file is meant). A detail in
 * another form (a bad request body) gives none: the screen then shows the detail as it is.
 */
export function parseProblems(detail: string): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  for (const raw of detail.split('\n')) {
    const line = LINE.exec(raw.trim());
    if (!line) continue;
    const [, file, number, rest] = line;
    const field = FIELD.exec(rest);
    problems.push(field
      ? { file, line: Number(number), field: field[1], message: field[2] }
      : { file, line: Number(number), field: '', message: rest });
  }
  return problems;
}

/** The first thing wrong with a set of files before sending them, or null. */
export function checkFiles(files: DefinitionFile[]): { problem: 'needFile' | 'badName' | 'tooLong'; name: string } | null {
  if (files.length === 0) return { problem: 'needFile', name: '' };
  for (const f of files) {
    if (!NAME.test(f.name)) return { problem: 'badName', name: f.name };
    if (f.text.length > MAX_CHARS) return { problem: 'tooLong', name: f.name };
  }
  return null;
}

/** Whether the files are the very ones checked: applying is offered only after a check of these. */
export function sameFiles(a: DefinitionFile[], b: DefinitionFile[]): boolean {
  return a.length === b.length && a.every((f, i) => f.name === b[i].name && f.text === b[i].text);
}
