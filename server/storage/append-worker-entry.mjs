// Worker threads do not inherit `--import tsx`: register it here, then load the TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./append-worker-entry.ts');
