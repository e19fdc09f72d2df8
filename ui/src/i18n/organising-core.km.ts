import type { organisingCoreEn } from './organising-core.en';

/** Khmer words of one part of the app (see km.ts, which gathers the parts): team leaders and chapter mandates. */
export const organisingCoreKm: Record<keyof typeof organisingCoreEn, string> = {
  'menu.teamLeaders': 'ប្រធានក្រុម',
  'teamLeaders.title': 'ប្រធានក្រុមតាមសាខា',
  'teamLeaders.intro': 'អ្នកណាដឹកនាំសាខានីមួយៗ និងសាខាណាដែលមិនទាន់មានអ្នកដឹកនាំ។',
  'teamLeaders.without': 'សាខាដែលគ្មានប្រធានក្រុម ({count})',
  'teamLeaders.allLed': 'សាខាទាំងអស់មានប្រធានក្រុមហើយ។',
  'teamLeaders.byChapter': 'អ្នកណាដឹកនាំនៅឯណា',
  'teamLeaders.nobody': 'មិនទាន់មាននរណាម្នាក់',
  'teamLeaders.suspended': 'បានផ្អាក',
  'teamLeaders.noChapters': 'អង្គការនេះមិនទាន់មានសាខានៅឡើយទេ។',
  'roleName.team-leader': 'ប្រធានក្រុម',
  'problem.other-chapter': 'សមាជិកនេះស្ថិតនៅសាខាផ្សេង។ នៅទីនេះ អ្នកអាចធ្វើការបានតែសម្រាប់សមាជិកនៃសាខារបស់អ្នកប៉ុណ្ណោះ។',
};
