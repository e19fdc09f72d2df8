import type { accessEn } from './access.en';

/** Khmer words of the same part (see km.ts). */
export const accessKm: Record<keyof typeof accessEn, string> = {
  'access.groupHint': 'ឈ្មោះខ្លីនៃក្រុមរបស់អ្នក ដូចនៅក្នុងតំណអញ្ជើញ។ បើអ្នកមិនដឹង សូមសួរអ្នករៀបចំរបស់អ្នក។',
  'access.groupKnown': 'ក្រុម៖ {group}',
  'access.otherGroup': 'ក្រុមផ្សេង',
  'access.rememberGroup': 'ចងចាំក្រុមនៅលើទូរស័ព្ទនេះ',
  'access.rememberHint': 'ទូរស័ព្ទនេះរក្សាទុកតែឈ្មោះខ្លីនៃក្រុមប៉ុណ្ណោះ មិនមែនឈ្មោះ ឬពាក្យសម្ងាត់របស់អ្នកទេ។ អ្នកណាដែលបើកកម្មវិធីនេះនៅទីនេះ នឹងឃើញវា។',
  'access.groupKept': 'ទូរស័ព្ទនេះចងចាំក្រុម {group} ហើយគ្មានអ្វីផ្សេងទៀតអំពីអ្នកសម្រាប់វាទេ។',
  'access.forgetGroup': 'បំភ្លេចក្រុមនៅលើទូរស័ព្ទនេះ',
  'access.groupForgotten': 'ទូរស័ព្ទនេះលែងចងចាំក្រុមហើយ។',
  'access.joinGroup': 'ចូលរួមជាមួយ {group}',
  'access.doneLogin': 'ពេលគេអនុញ្ញាតឱ្យអ្នកចូលហើយ សូមចូលដោយប្រើតែឈ្មោះអ្នកប្រើ និងពាក្យសម្ងាត់របស់អ្នក។',
  'access.keepGroup': 'រក្សាក្រុមរបស់ខ្ញុំនៅលើទូរស័ព្ទនេះ',
  'access.keepGroupHint': 'បន្ទាប់មក ការចូលនឹងសួរតែឈ្មោះអ្នកប្រើ និងពាក្យសម្ងាត់របស់អ្នកប៉ុណ្ណោះ។ រក្សាទុកតែឈ្មោះខ្លីនៃក្រុម ({group}) ហើយអ្នកអាចបំភ្លេចវានៅទំព័រចូល។ អ្នកណាដែលបើកកម្មវិធីនេះនៅទីនេះ នឹងឃើញវា។',
  'access.groupKeptDone': 'ទូរស័ព្ទនេះចងចាំក្រុមរបស់អ្នកហើយ។',
  'access.toLogin': 'ទៅចូល',
  'access.alreadyJoined': 'បានចូលរួមរួចហើយឬ? ចូលនៅទីនេះ',
  'access.moduleOffTitle': 'បិទ {module}ឬ?',
  'access.moduleOffText': 'មនុស្សនៅទីនេះនឹងលែងបើក ឬបន្ថែមអ្វីទៅក្នុងវាបានទៀត។ គ្មានអ្វីត្រូវលុបទេ៖ កំណត់ត្រារបស់វានៅដដែល ហើយការបើកវាវិញនឹងនាំពួកវាត្រឡប់មកវិញ។',
  'access.moduleOffConfirm': 'បិទ',
};
