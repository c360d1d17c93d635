/** French messages of the phone section, kept apart so that the pages' messages stay small files. */
export const phoneFr = {};
