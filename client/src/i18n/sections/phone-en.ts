import type { phoneFr } from './phone-fr';

export const phoneEn: typeof phoneFr = {};
