import type { connectionEn } from './connection.en';

/** Khmer words of the same part (see km.ts). */
export const connectionKm: Record<keyof typeof connectionEn, string> = {
  'connection.lost': 'គ្មានការតភ្ជាប់។ អ្វីដែលអ្នកបានវាយ នៅតែមាននៅលើអេក្រង់នេះ។',
  'connection.retry': 'ព្យាយាមម្ដងទៀត',
  'connection.region': 'ការតភ្ជាប់',
};
