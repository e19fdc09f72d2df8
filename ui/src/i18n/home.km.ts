import type { homeEn } from './home.en';

/** Khmer words of the same part (see km.ts). */
export const homeKm: Record<keyof typeof homeEn, string> = {
  'home.pending': 'កំពុងរង់ចាំការអនុម័ត',
  'home.running': 'ការគ្រប់គ្រងក្រុម',
  'home.keptAtOrganisation': 'រក្សាទុកនៅអង្គការ៖ សូមប្រើវានៅទីនោះ។',
  'digits.khmer': 'លេខខ្មែរ',
  'digits.switchOn': 'សរសេរលេខជាលេខខ្មែរ',
  'chart.label': 'គំនូសតាង៖ {title}',
} as const;
