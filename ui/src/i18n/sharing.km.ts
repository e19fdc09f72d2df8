/** Khmer words of one part of the app (see km.ts, which gathers the parts). */
export const sharingKm = {
  'sharing.title': 'បញ្ជីទីកន្លែងសម្រាប់បណ្ដាញ',
  'sharing.explain': 'ការចែករំលែកអនុញ្ញាតឱ្យបណ្ដាញរបស់អ្នកឃើញទីកន្លែងខាងក្រោម ដូចដែលវាមានរៀងរាល់ថ្ងៃ — មិនដែលឃើញមនុស្ស ការបញ្ជូន ឬការវាយតម្លៃទេ។',
  'sharing.shared': '(បានចែករំលែក)',
  'sharing.notShared': '(មិនទាន់ចែករំលែក)',
  'sharing.sharedNow': '{name} ត្រូវបានចែករំលែកជាមួយបណ្ដាញរបស់អ្នក។',
  'sharing.withdrawnNow': '{name} លែងចែករំលែកហើយ។',
  'sharing.noRows': 'មិនទាន់មានទីកន្លែងក្នុងបញ្ជីនេះនៅឡើយទេ។',
  'sharing.networkTitle': 'ទីកន្លែងដែលអង្គការរបស់អ្នកចែករំលែក',
  'sharing.networkEmpty': 'មិនទាន់មានអង្គការណាចែករំលែកបញ្ជីទីកន្លែងនៅឡើយទេ។',
} as const;
