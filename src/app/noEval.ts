import { config } from 'zod/mini';

// Zod probes for eval to speed up parsing, and the Content-Security-Policy forbids eval.
// Imported first, before any module parses anything at load.
config({ jitless: true });
