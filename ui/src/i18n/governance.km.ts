import type { governanceEn } from './governance.en';

/** Khmer words of one part of the app (see km.ts): the governance module's refusals. */
export const governanceKm: Record<keyof typeof governanceEn, string> = {
  'problem.already-confirmed': 'ប្រអប់នេះត្រូវបានបញ្ជាក់រួចហើយ៖ ចំនួនសំឡេងរបស់វានៅដដែល។',
  'problem.already-nominated': 'សមាជិកនេះត្រូវបានតែងតាំងរួចហើយ។',
  'problem.already-open': 'ការបោះឆ្នោតបានបើករួចហើយ៖ មិនអាចផ្លាស់ប្ដូរការនេះបានទៀតទេ។',
  'problem.already-voted': 'អ្នកបានបោះឆ្នោតក្នុងការបោះឆ្នោតនេះរួចហើយ។',
  'problem.already-voted-or-not-on-roll': 'សមាជិកម្នាក់ក្នុងប្រអប់នេះបានបោះឆ្នោតរួចហើយ ឬមិនមានឈ្មោះក្នុងបញ្ជីអ្នកបោះឆ្នោត៖ មិនបានបញ្ចូលអ្វីទេ។',
  'problem.closed': 'ការបោះឆ្នោតនេះបានបិទហើយ។',
  'problem.closes-before-opening': 'ការបោះឆ្នោតត្រូវបិទក្រោយពេលបើក៖ សូមជ្រើសរើសពេលបិទយឺតជាងនេះ។',
  'problem.closes-in-the-past': 'ពេលបិទនេះបានកន្លងផុតទៅហើយ។',
  'problem.counts-differ': 'ចំនួនទាំងនេះខុសពីចំនួនដែលបានបញ្ចូល៖ សូមរាប់ប្រអប់ម្ដងទៀត។',
  'problem.counts-exceed-ballots': 'ចំនួនសំឡេងលើសចំនួនសន្លឹកឆ្នោតក្នុងប្រអប់។',
  'problem.no-candidates': 'មិនទាន់មានបេក្ខជនណាយល់ព្រមឈរឈ្មោះនៅឡើយទេ។',
  'problem.not-a-draft-election': 'បេក្ខជនត្រូវបានតែងតាំងមុនពេលបើកការបោះឆ្នោត។',
  'problem.not-a-member': 'មានតែសមាជិកនៃអង្គការនេះទេ ដែលបោះឆ្នោតនៅទីនេះ។',
  'problem.not-closed': 'លទ្ធផលត្រូវបានរាប់ នៅពេលការបោះឆ្នោតបានបិទហើយ។',
  'problem.not-on-roll': 'អ្នកមិនមានឈ្មោះក្នុងបញ្ជីអ្នកបោះឆ្នោតនេះទេ។',
  'problem.not-open': 'ការបោះឆ្នោតនេះមិនកំពុងបើកទេ។',
  'problem.not-yet': 'ការបោះឆ្នោតនេះបើកនៅពេលកំណត់ មិនមែនមុននោះទេ។',
  'problem.one-answer': 'សូមជ្រើសរើសចម្លើយតែមួយប៉ុណ្ណោះ។',
  'problem.outside-scope': 'សមាជិកនេះមិនមែនជាសមាជិកនៃសាខារបស់ការបោះឆ្នោតនេះទេ។',
  'problem.same-official': 'មន្ត្រីម្នាក់ទៀតត្រូវបញ្ជាក់ចំនួនដែលអ្នកបានបញ្ចូល។',
  'problem.too-many-choices': 'សូមជ្រើសរើសបេក្ខជនមិនលើសចំនួនអាសនៈ។',
  'problem.unknown-choice': 'ជម្រើសនីមួយៗត្រូវតែមាននៅលើសន្លឹកឆ្នោតនេះ ហើយតែម្ដងប៉ុណ្ណោះ។',
};
