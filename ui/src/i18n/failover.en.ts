/** English words of one part of the app (see en.ts, which gathers the parts). */
export const failoverEn = {
  // a 503 with Retry-After: the server's database is moving to another node
  'problem.general.failover': 'The server is moving to another database machine. Try again in a few seconds: what you typed is kept, and it will be saved only once.',
};
