import type { listsEn } from './lists.en';

/** Khmer words of the same part (see km.ts). */
export const listsKm: Record<keyof typeof listsEn, string> = {
};
