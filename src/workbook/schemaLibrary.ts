import { config } from 'zod';

// zod compiles fast parsers with `new Function` unless told not to; the pages' security policy forbids eval.
config({ jitless: true });

// Read as `import * as z from './schemaLibrary'`. Re-exporting zod's own `z` namespace object
// instead defeats webpack's tree shaking: the pane then ships all of zod, every locale included
// (≈270 KB of the pane's ≈1.4 MB).
export * from 'zod';
