/** English words of one part of the app (see en.ts, which gathers the parts). */
export const connectionEn = {
  'connection.lost': 'No connection. What you typed stays on this screen; what you sent goes again once the connection is back.',
  'connection.retry': 'Try again',
  'connection.region': 'Connection',
} as const;
