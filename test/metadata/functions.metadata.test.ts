import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { finishFunctionsMetadata } = require('../../scripts/functionsMetadata.cjs') as {
  finishFunctionsMetadata: (generated: unknown) => unknown;
};

/**
 * Golden-file test of the custom functions' metadata (the functions.json the build generates from
 * the JSDoc in src/functions/functions.ts). A change to a function's name, parameters, types or
 * descriptions shows up here as a diff against the reviewed file.
 * src/functions/functions.signatures.json holds the call signatures (ids, parameter names and
 * dimensionality) for code that cannot run the generator — the browser workbench, which calls the
 * functions the way Excel does; it is derived from the generator here too.
 *
 * After an intended change, review the diff and rewrite both files with:
 *   UPDATE_GOLDEN=1 npx jest --selectProjects unit test/metadata
 */
const ROOT = path.resolve(__dirname, '../..');
const SOURCE = path.join(ROOT, 'src/functions/functions.ts');
const GOLDEN = path.join(__dirname, 'functions.expected.json');
const SIGNATURES = path.join(ROOT, 'src/functions/functions.signatures.json');
const HELP_BASE = 'https://localhost:3000/docs/functions.html#';

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Parameter[];
  result: { dimensionality?: string };
}
interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}

/** What a caller needs to call the functions as Excel does: no descriptions, no help URLs. */
function signatures(metadata: Metadata) {
  return {
    functions: metadata.functions.map((f) => ({
      id: f.id,
      name: f.name,
      parameters: f.parameters.map((p) => ({
        name: p.name,
        dimensionality: p.dimensionality ?? 'scalar',
      })),
    })),
  };
}

describe('custom functions metadata', () => {
  let generated: Metadata;

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata([SOURCE]);
    // The generator reports problems in `errors` and still resolves, so they must be checked here.
    expect(result.errors).toEqual([]);
    generated = finishFunctionsMetadata(JSON.parse(result.metadataJson)) as Metadata;
    if (process.env.UPDATE_GOLDEN === '1') {
      writeFileSync(GOLDEN, `${JSON.stringify(generated, null, 2)}\n`);
      writeFileSync(SIGNATURES, `${JSON.stringify(signatures(generated), null, 2)}\n`);
    }
  }, 60000);

  it('matches the reviewed golden file', () => {
    const expected = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Metadata;
    const same = JSON.stringify(generated) === JSON.stringify(expected);
    if (!same) {
      // Printed before the structural diff so the fix is obvious from the log.
      console.error(
        'Custom functions metadata differs from test/metadata/functions.expected.json.\n' +
          'If the change to src/functions/functions.ts is intended, review the diff below and run:\n' +
          '  UPDATE_GOLDEN=1 npx jest --selectProjects unit test/metadata',
      );
    }
    expect(generated).toEqual(expected);
  });

  it('ships the call signatures the workbench uses, derived from the metadata', () => {
    const shipped = JSON.parse(readFileSync(SIGNATURES, 'utf8'));
    if (JSON.stringify(signatures(generated)) !== JSON.stringify(shipped)) {
      console.error(
        'src/functions/functions.signatures.json is out of date; run: UPDATE_GOLDEN=1 npx jest --selectProjects unit test/metadata',
      );
    }
    expect(shipped).toEqual(signatures(generated));
  });

  it('lets Excel pass error cells to every parameter: the flag is set and every parameter is of type any', () => {
    // Excel hands an error cell only to parameters of type "any", and only when this flag is set;
    // otherwise the whole formula shows the error and the function never runs.
    expect(generated.allowErrorForDataTypeAny).toBe(true);
    const notAny = generated.functions.flatMap((f) =>
      f.parameters.filter((p) => p.type !== 'any').map((p) => `${f.id}(${p.name}: ${p.type})`),
    );
    expect(notAny).toEqual([]);
  });

  it('declares the nine OUTCOME functions', () => {
    expect(generated.functions.map((f) => f.id)).toEqual([
      'ATTAINMENT',
      'STATUS',
      'PAYOUT',
      'CREDIT',
      'EARNBACK',
      'RATCHET',
      'GAINSHARE',
      'NETFEES',
      'VOLUMEPRICE',
    ]);
  });

  it('gives every function a description and a help link to its section of the docs', () => {
    const docs = readFileSync(path.join(ROOT, 'docs/functions.md'), 'utf8');
    for (const f of generated.functions) {
      expect(f.description).toBeTruthy();
      expect(f.helpUrl).toBe(HELP_BASE + f.id.toLowerCase());
      expect(docs).toContain(`<a id="${f.id.toLowerCase()}"></a>`);
      expect(docs).toContain(`OUTCOME.${f.id}`);
    }
  });

  it('gives every parameter a description', () => {
    for (const f of generated.functions) {
      for (const p of f.parameters)
        expect({ fn: f.id, param: p.name, hasDescription: Boolean(p.description) }).toEqual({
          fn: f.id,
          param: p.name,
          hasDescription: true,
        });
    }
  });

  it('passes ranges as matrices where a range is accepted', () => {
    const matrices = (id: string) =>
      generated.functions
        .find((f) => f.id === id)
        ?.parameters.filter((p) => p.dimensionality === 'matrix')
        .map((p) => p.name);
    expect(matrices('PAYOUT')).toEqual(['value', 'bands', 'base']);
    expect(matrices('CREDIT')).toEqual(['performance', 'expected', 'allocation', 'direction']);
    expect(matrices('NETFEES')).toEqual(['fees', 'performance', 'bands']);
    expect(matrices('EARNBACK')).toEqual(['performanceAfter']);
    expect(matrices('RATCHET')).toEqual(['history']);
  });
});
