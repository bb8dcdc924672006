import { runReference } from './monteCarloBench';

// A fresh process's first simulation: nothing compiled or warmed yet. Prints {"ms": …}.
const trials = Number(process.argv[2] ?? 10_000);
const start = performance.now();
runReference(trials);
process.stdout.write(JSON.stringify({ ms: performance.now() - start }));
