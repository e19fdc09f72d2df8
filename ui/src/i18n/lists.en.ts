/** English words of one part of the app (see en.ts, which gathers the parts). */
export const listsEn = {
  'lists.range': '{from}–{to} of {total}',
  'lists.rangeOpen': 'Rows {from}–{to}',
  'lists.pages': 'Pages',
  'lists.first': 'First page',
  'lists.previous': 'Previous page',
  'lists.next': 'Next page',
  'lists.last': 'Last page',
  'lists.more': 'More',
  'lists.exports': 'Downloads',
  'lists.exporting': 'Preparing the file…',
  'lists.exported': 'Downloaded: {file}',
  'lists.exportFailed': 'The file could not be downloaded. Try again.',
  'lists.exportLocked': 'A chapter is locked down: nothing about its members can be downloaded until the lockdown is lifted.',
  'lists.registerCsv': 'Download the register (CSV)',
} as const;
