import type { failoverEn } from './failover.en';

/** Khmer words of the same part (see km.ts). */
export const failoverKm: Record<keyof typeof failoverEn, string> = {
  'problem.general.failover': 'ម៉ាស៊ីនមេកំពុងប្តូរទៅម៉ាស៊ីនទិន្នន័យមួយទៀត។ សូមព្យាយាមម្តងទៀតក្នុងរយៈពេលប៉ុន្មានវិនាទីទៀត៖ អ្វីដែលអ្នកបានសរសេរនៅតែមាន ហើយវានឹងត្រូវរក្សាទុកតែម្តងប៉ុណ្ណោះ។',
};
