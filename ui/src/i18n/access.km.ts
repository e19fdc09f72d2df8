import type { accessEn } from './access.en';

/** Khmer words of the same part (see km.ts). */
export const accessKm: Record<keyof typeof accessEn, string> = {
};
