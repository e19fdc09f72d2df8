/** English words of one part of the app (see en.ts, which gathers the parts). */
export const connectionEn = {
  'connection.lost': 'No connection. What you typed is kept on this screen.',
  'connection.retry': 'Try again',
  'connection.region': 'Connection',
} as const;
