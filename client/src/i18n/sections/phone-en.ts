import type { phoneFr } from './phone-fr';

export const phoneEn: typeof phoneFr = {
  tools: 'Tools',
  nowRunning: 'Now running:',
  runningBadge: 'Now running',
  pointHere: 'Send participants here',
  pointedHere: 'Participants arrive here',
  pointedHint: 'Whoever joins the workshop opens this board straight away.',
  pointedElsewhere: 'Participants arrive on another board.',
  unpoint: 'Send them to the list of boards',
  unpointed: 'Participants arrive on the list of boards.',
  spotlight: 'Projected card:',
  seeCard: 'Show the card',
  stopFollowing: 'Stop following',
  follow: 'Follow the facilitator',
  followHint: 'While you follow the facilitator, the projected card comes on screen by itself.',
  step: 'Step: {{step}}',
};
