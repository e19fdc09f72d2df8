/** English words of one part of the app (see en.ts, which gathers the parts): team leaders and chapter mandates. */
export const organisingCoreEn = {
  'menu.teamLeaders': 'Team leaders',
  'teamLeaders.title': 'Team leaders by chapter',
  'teamLeaders.intro': 'Who leads each chapter, and where nobody does yet.',
  'teamLeaders.without': 'Chapters without a team leader ({count})',
  'teamLeaders.allLed': 'Every chapter has a team leader.',
  'teamLeaders.byChapter': 'Who leads where',
  'teamLeaders.nobody': 'Nobody yet',
  'teamLeaders.suspended': 'suspended',
  'teamLeaders.noChapters': 'This organisation has no chapters yet.',
  'roleName.team-leader': 'Team leader',
  'problem.other-chapter': 'This member belongs to another chapter. Here you can act only for members of your own chapter.',
} as const;
