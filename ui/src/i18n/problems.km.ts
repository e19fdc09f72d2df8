import type { problemsEn } from './problems.en';

/** Khmer words of the same part (see km.ts). */
export const problemsKm: Record<keyof typeof problemsEn, string> = {
};
