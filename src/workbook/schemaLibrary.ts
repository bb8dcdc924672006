import { z } from 'zod';

// zod compiles fast parsers with `new Function` unless told not to; the pages' security policy forbids eval.
z.config({ jitless: true });

export { z };
