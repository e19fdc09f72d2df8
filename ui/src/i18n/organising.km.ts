import type { organisingEn } from './organising.en';

/** Khmer words of one part of the app (see km.ts): the organising module's refusals. */
export const organisingKm: Record<keyof typeof organisingEn, string> = {
  'problem.stock-short': 'សម្ភារៈនេះនៅសល់ក្នុងស្តុកសាខាមិនគ្រប់ទេ៖ សូមចែកតិចជាងនេះ ឬកត់ត្រាសម្ភារៈដែលបានទទួលជាមុនសិន។',
  'problem.nobody-reached': 'ការចុះជួបត្រូវជួបយ៉ាងហោចណាស់ម្នាក់៖ សូមរាប់អ្នកដែលអ្នកបានជួប។',
  'problem.place-or-workplace': 'សូមជ្រើសរើសកន្លែងធ្វើការ ឬខណ្ឌ ឬខេត្តដែលអ្នកបានចុះជួប។',
  'problem.more-invited-than-reached': 'អញ្ជើញតែអ្នកមិនទាន់ជាសមាជិកប៉ុណ្ណោះ៖ មិនលើសចំនួនអ្នកដែលបានជួបទេ។',
  'problem.consent-needed': 'ភ្ជាប់នាងទៅកន្លែងធ្វើការ លុះត្រាតែនាងយល់ព្រម។',
  'problem.already-attending': 'សមាជិកនេះមាននៅក្នុងបញ្ជីរួចហើយ។',
  'problem.unknown-campaign': 'មិនមានយុទ្ធនាការនេះនៅទីនេះទេ។',
  'problem.ends-before-start': 'យុទ្ធនាការត្រូវបញ្ចប់នៅថ្ងៃចាប់ផ្ដើម ឬក្រោយនោះ។',
};
