import type { loginsEn } from './logins.en';

/** Khmer words of the same part (see km.ts). */
export const loginsKm: Record<keyof typeof loginsEn, string> = {
  'login.busy': 'មានមនុស្សច្រើនកំពុងចូលប្រើនៅពេលនេះ។ សូមរង់ចាំ {seconds} វិនាទី រួចព្យាយាមម្ដងទៀត។',
};
