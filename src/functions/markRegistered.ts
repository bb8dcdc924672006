// Runs after functions.ts has associated every function: marks the moment for the load-time benchmark.
performance.mark('outcome-modeler:functions-registered');
