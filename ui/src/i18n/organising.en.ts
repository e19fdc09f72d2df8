/** English words of one part of the app (see en.ts, which gathers the parts): the organising module's refusals. */
export const organisingEn = {
  'problem.stock-short': 'Not enough of this is left in the chapter’s stock: give fewer, or record the delivery first.',
  'problem.nobody-reached': 'A visit reaches at least one person: count who you met.',
  'problem.place-or-workplace': 'Choose the workplace, or the khan or province you visited.',
  'problem.more-invited-than-reached': 'Only people who are not members yet are invited: no more than you met.',
  'problem.consent-needed': 'Link her to a workplace only when she says yes.',
  'problem.already-attending': 'This member is on the list already.',
  'problem.unknown-campaign': 'No such campaign here.',
  'problem.ends-before-start': 'A campaign ends on or after the day it starts.',
};
