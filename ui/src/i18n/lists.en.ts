/** English words of one part of the app (see en.ts, which gathers the parts). */
export const listsEn = {
} as const;
