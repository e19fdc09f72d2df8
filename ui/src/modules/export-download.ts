import { ApiError, send } from '../core/api';

const MEDIA_TYPES: Record<string, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The file's name: the one the server gives when it is a plain name (the server never puts a
 * person in it), else `fallback`. Anything else (a path, quotes, a name with spaces) is not used.
 */
export function fileName(disposition: string | null, fallback: string): string {
  const named = /filename="?([A-Za-z0-9][A-Za-z0-9._-]{0,99})"?(?:;|$)/.exec(disposition ?? '');
  return named ? named[1] : fallback;
}

/**
 * Downloads an export through the app's own session (the bearer token in a header, never in the
 * address), as a blob the browser saves: `path` holds the format and the chosen query only, never
 * a name or a phone. Answers the saved file's name; an ApiError when the server refuses.
 */
export async function downloadExport(path: string, format: string, fallbackName: string): Promise<string> {
  const answer = await send('GET', path, { accept: `${MEDIA_TYPES[format] ?? 'application/octet-stream'}, application/problem+json` });
  if (!answer.ok) throw new ApiError(answer.status, '');
  const blob = await answer.blob();
  const name = fileName(answer.headers.get('Content-Disposition'), fallbackName);
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.rel = 'noopener';
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // the browser reads the blob after the click returns; a minute later the address is of no use
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return name;
}
