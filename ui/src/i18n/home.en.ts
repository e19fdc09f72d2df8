/** English words of one part of the app (see en.ts, which gathers the parts). */
export const homeEn = {
  'home.pending': 'Waiting for approval',
  'home.running': 'Running the group',
  'home.keptAtOrganisation': 'Kept at the organisation: open it there.',
  'digits.khmer': 'Khmer digits',
  'digits.switchOn': 'Write numbers in Khmer digits',
  'chart.label': 'Chart: {title}',
} as const;
