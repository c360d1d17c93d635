/** Results API: importing a workshop backup (exports are plain downloads, by URL). */
import type { CreatedWorkshop } from '@shared/protocol';
import { request } from './api-client';

export const resultsApi = {
  /** The parsed backup file, sent as it is: the server validates it in full. */
  importBackup: (backup: unknown) => request<CreatedWorkshop>('POST', '/api/workshops/import', backup),
};
