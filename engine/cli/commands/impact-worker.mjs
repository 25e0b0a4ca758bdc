// Loads the TypeScript worker through tsx (workers do not inherit the --import loader on Node 20).
import { register } from 'tsx/esm/api';

register();
await import('./impact-worker.ts');
