import type { Statement } from './statement-fr';

/** The statement in English: the same sections as the French model (see statement-fr.ts). */
export const statementEn: Statement = {
  title: 'Accessibility statement',
  intro: [
    'The organisation that hosts this service is committed to making its digital services accessible, in accordance with article 47 of French law no. 2005-102 of 11 February 2005.',
    'This accessibility statement applies to Coatelier, the collaborative workshop application of this site, a free software: it describes the software as the Coatelier project publishes it.',
  ],
  status: {
    heading: 'Compliance status',
    text: 'Coatelier is partially compliant with the French accessibility framework (RGAA), version 4.1, because of the non-compliances listed below.',
  },
  results: {
    heading: 'Test results',
    text: 'The self-assessment made by the Coatelier project team on 29 November 2026 shows that 82.7% of the applicable RGAA 4.1 criteria are met: 62 criteria compliant, 13 not compliant, 31 not applicable out of 106. It is not an independent audit.',
  },
  inaccessible: {
    heading: 'Non-accessible content',
    nonCompliantHeading: 'Non-compliances',
    nonCompliantIntro: 'The content listed below is not accessible for the following reasons.',
    nonCompliant: [
      'After moving a card to another column, changing its group, withdrawing a vote, deleting a card or saving a new name, focus goes back to the top of the page (criterion 12.8).',
      'The facilitator’s “Step” menu applies each step passed with the arrow keys instead of waiting for a choice (criterion 7.4).',
      'Card content does not state its language when it differs from the interface’s, and drag and drop announces itself in English (“sortable”) (criterion 8.7).',
      'On the projector, dimmed columns have a contrast of 2.65:1; on the projector and in print, a card’s colour carries meaning without its name being written; the card on the screen is not signalled to participants’ assistive technologies (criteria 3.1, 3.2, 7.1).',
      'At 320 px wide, the workshop page and the projector scroll horizontally; the dashboard’s scrolling area cannot take focus (criteria 10.11, 7.3).',
      'With increased text spacing, a card’s author line is cut off (criterion 10.12).',
      'The comment field has no visible label (criterion 11.1); the “Join” form’s error is not tied to its field (criterion 11.10); “New group…” sits beside a group called “New group”, and “Vote” stays active after the only vote allowed (criterion 11.9).',
      'The accessibility of exported files (DOCX, XLSX, CSV, Markdown) has not been checked (criterion 13.3).',
      'The Escape key does not cancel renaming a group.',
    ],
    derogationsHeading: 'Exemptions for disproportionate burden',
    derogations: 'None.',
    exemptHeading: 'Content not subject to the accessibility obligation',
    exempt: 'None.',
  },
  making: {
    heading: 'Preparation of this statement',
    date: 'This statement was prepared on 29 November 2026.',
    technologiesHeading: 'Technologies used to build the site',
    technologies: ['HTML5', 'CSS', 'JavaScript', 'WAI-ARIA'],
    environmentHeading: 'Test environment',
    environment: [
      'Chromium (Debian), driven by Playwright, for the automated tests.',
      'Keyboard-only navigation, and reading Chromium’s accessibility tree.',
      'No screen reader (NVDA, JAWS, VoiceOver, TalkBack) has been used yet: these checks remain to be done.',
    ],
    toolsHeading: 'Tools used to assess accessibility',
    tools: [
      'axe-core (@axe-core/playwright), WCAG 2.0 and 2.1 level A and AA rules and best practices.',
      'Contrast measurements, 320 px width, text enlarged to 200%, text spacing, forced colours.',
    ],
    pagesHeading: 'Pages of the site checked for compliance',
    pages: [
      'Home',
      'Join a workshop',
      'Workshop (organiser and participant)',
      'Board (empty and full, facilitation, voting, discussion, roadmap, synthesis)',
      'Projector',
      'Printing a board',
      'Accessibility statement',
    ],
    grid: 'The full grid of the 106 criteria is published with the project’s code (docs/rgaa-audit.md).',
  },
  contact: {
    heading: 'Feedback and contact',
    text: [
      'If you cannot access a piece of content or a service, you can contact the person in charge of this service to be directed to an accessible alternative or to get the content in another form: the organisation that invited you to the workshop.',
      'You can also report an accessibility defect to the Coatelier project, in its code repository’s issue tracker.',
    ],
  },
  remedies: {
    heading: 'Remedies',
    text: 'Use this procedure in the following case: you reported to the site’s manager an accessibility defect that prevents you from accessing content or a service, and you did not get a satisfactory answer. You can:',
    ways: [
      { text: 'write a message to the Défenseur des droits (French rights ombudsman)', href: 'https://formulaire.defenseurdesdroits.fr/' },
      { text: 'contact the Défenseur des droits delegate in your region', href: 'https://www.defenseurdesdroits.fr/saisir/delegues' },
      { text: 'send a letter by post (free of charge, no stamp needed): Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07', href: null },
    ],
  },
};
