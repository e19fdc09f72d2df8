// Opens a downloaded workbook as a spreadsheet program would start to: its zip directory, then one
// sheet's XML inflated, then its rows' cells as text (inline or shared strings). Enough for a test
// to say "the file opens and holds every member", with nothing but Node's own zlib.
import { inflateRawSync } from 'node:zlib';

/** The files in a zip, by name: their bytes, inflated. */
export function unzip(bytes) {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip: no end of central directory');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    files.set(name, method === 0 ? data : inflateRawSync(data));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
  .replace(/&amp;/g, '&');

/** The first sheet's rows, each an array of its cells' text. */
export function sheetRows(bytes) {
  const files = unzip(bytes);
  const sheet = files.get('xl/worksheets/sheet1.xml');
  if (!sheet) throw new Error(`no first sheet in ${[...files.keys()].join(', ')}`);
  const shared = [...(files.get('xl/sharedStrings.xml')?.toString('utf8') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)]
    .map(([, si]) => unescape([...si.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map(([, t]) => t).join('')));
  return [...sheet.toString('utf8').matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map(([, row]) =>
    [...row.matchAll(/<c([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map(([, attributes, inner = '']) => {
      const text = inner.match(/<t[^>]*>([^<]*)<\/t>/)?.[1];
      const value = inner.match(/<v>([^<]*)<\/v>/)?.[1];
      if (/t="s"/.test(attributes)) return shared[Number(value)] ?? '';
      return unescape(text ?? value ?? '');
    }));
}
