/** English words of one part of the app (see en.ts, which gathers the parts). */
export const loginsEn = {
  'login.busy': 'Many people are logging in right now. Wait {seconds} seconds, then try again.',
} as const;
