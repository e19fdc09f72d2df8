/** English words of one part of the app (see en.ts, which gathers the parts). */
export const sharingEn = {
  'sharing.title': 'Lists of places for the network',
  'sharing.explain': 'Sharing lets your network see the places below, as they are each day — never a person, a referral or a rating.',
  'sharing.shared': '(shared)',
  'sharing.notShared': '(not shared)',
  'sharing.sharedNow': '{name} is shared with your network.',
  'sharing.withdrawnNow': '{name} is no longer shared.',
  'sharing.noRows': 'No places in this list yet.',
  'sharing.networkTitle': 'Places your organisations share',
  'sharing.networkEmpty': 'No organisation shares a list of places yet.',
} as const;
