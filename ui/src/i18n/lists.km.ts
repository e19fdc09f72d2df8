import type { listsEn } from './lists.en';

/** Khmer words of the same part (see km.ts). */
export const listsKm: Record<keyof typeof listsEn, string> = {
  'lists.range': '{from}–{to} ក្នុងចំណោម {total}',
  'lists.rangeOpen': 'ជួរទី {from}–{to}',
  'lists.pages': 'ទំព័រ',
  'lists.first': 'ទំព័រដំបូង',
  'lists.previous': 'ទំព័រមុន',
  'lists.next': 'ទំព័របន្ទាប់',
  'lists.last': 'ទំព័រចុងក្រោយ',
  'lists.more': 'ច្រើនទៀត',
  'lists.exports': 'ទាញយក',
  'lists.exporting': 'កំពុងរៀបចំឯកសារ…',
  'lists.exported': 'បានទាញយក៖ {file}',
  'lists.exportFailed': 'មិនអាចទាញយកឯកសារបានទេ។ សូមព្យាយាមម្តងទៀត។',
  'lists.exportLocked': 'សាខាមួយត្រូវបានបិទការចូលប្រើ៖ មិនអាចទាញយកអ្វីអំពីសមាជិករបស់វាបានទេ រហូតដល់ការបិទនេះត្រូវបានដកចេញ។',
  'lists.registerCsv': 'ទាញយកបញ្ជីសមាជិក (CSV)',
};
