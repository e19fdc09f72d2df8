import type { homeEn } from './home.en';

/** Khmer words of the same part (see km.ts). */
export const homeKm: Record<keyof typeof homeEn, string> = {
};
