import type { connectionEn } from './connection.en';

/** Khmer words of the same part (see km.ts). */
export const connectionKm: Record<keyof typeof connectionEn, string> = {
};
