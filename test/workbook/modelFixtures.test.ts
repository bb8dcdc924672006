import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import {
  CURRENT_VERSION,
  MIGRATIONS,
  parseModelDocument,
  serializeModelDocument,
} from '../../src/workbook/modelDocument';

/**
 * Stored documents as each version of Outcome Modeler wrote them. `model-v<N>.json` is a realistic
 * document of format version N, kept byte for byte as written; `model-v<N>.expected.json` is the
 * model it must load as today, after the migrations. A new format version adds its fixture, its
 * expected model and a migration step; the older fixtures stay and must keep loading.
 *
 * `invalid/` holds documents that must not load: each comes with the exact message the pane shows.
 */

const FIXTURES = join(__dirname, 'fixtures');
const read = (...path: string[]) => readFileSync(join(FIXTURES, ...path), 'utf8');

const versionFixtures = readdirSync(FIXTURES)
  .map((file) => /^model-v(\d+)\.json$/.exec(file))
  .filter((match): match is RegExpExecArray => match !== null)
  .map((match) => ({ file: match[0], version: Number(match[1]) }))
  .sort((a, b) => a.version - b.version);

describe('stored documents of every format version', () => {
  it('has a fixture for each version from 1 to the current one, and a migration step from each older one', () => {
    const versions = Array.from({ length: CURRENT_VERSION }, (_, i) => i + 1);
    expect(versionFixtures.map((f) => f.version)).toEqual(versions);
    expect(
      Object.keys(MIGRATIONS)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(versions.slice(0, -1));
  });

  describe.each(versionFixtures)('$file', ({ file, version }) => {
    const text = read(file);
    const expected = JSON.parse(read(file.replace(/\.json$/, '.expected.json')));

    it(`is a document of format version ${version}`, () => {
      expect(JSON.parse(text)).toMatchObject({ format: 'outcome-modeler', version });
    });

    it('loads as the expected model of the current version', () => {
      expect(parseModelDocument(text)).toStrictEqual({ kind: 'ok', model: expected });
    });

    it('holds a whole negotiation: gain share, scenarios of every assumption kind, proposals', () => {
      expect(expected.contract.gainShare).toBeDefined();
      expect(
        expected.contract.serviceLevels.map((sl: { direction: string }) => sl.direction),
      ).toEqual(expect.arrayContaining(['higher', 'lower']));
      const kinds = expected.scenarios.flatMap(
        (s: { assumptions: Record<string, { kind: string }> }) =>
          Object.values(s.assumptions).map((a) => a.kind),
      );
      expect(new Set(kinds)).toEqual(
        new Set(['constant', 'series', 'normal', 'triangular', 'resample']),
      );
      expect(expected.proposals.length).toBeGreaterThan(0);
    });
  });

  it('keeps the newest fixture exactly as this version writes it', () => {
    const newest = versionFixtures[versionFixtures.length - 1];
    const text = read(newest.file);
    const { savedAt } = JSON.parse(text);
    const model = JSON.parse(read(newest.file.replace(/\.json$/, '.expected.json')));
    expect(serializeModelDocument(model, new Date(savedAt))).toBe(text);
  });
});

/** What JSON.parse says about the text, as this JavaScript engine words it. */
function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('the text is valid JSON');
}

const INVALID: Readonly<Record<string, (text: string) => string>> = {
  'empty.json': (text) => `The stored model is not valid JSON (${jsonError(text)}).`,
  'truncated.json': (text) => `The stored model is not valid JSON (${jsonError(text)}).`,
  'other-add-in.json': () =>
    'The stored model is not an Outcome Modeler document: format: missing (expected "outcome-modeler") (and 3 more problems).',
  'newer-version.json': () =>
    'The stored model was written by a newer Outcome Modeler (format version 2; this one reads up to 1). Update the add-in to open it.',
  'wrong-types.json': () =>
    'The stored model is damaged: termMonths: expected number, got "36" (and 2 more problems).',
  'unknown-assumption-kind.json': () =>
    'The stored model is damaged: scenarios[0].assumptions.availability.kind: expected "constant" or "series" or "normal" or "triangular" or "resample".',
};

describe('stored documents that must not load', () => {
  const files = readdirSync(join(FIXTURES, 'invalid')).sort();

  it('has an expected message for every fixture, and a fixture for every expected message', () => {
    expect(files).toEqual(Object.keys(INVALID).sort());
  });

  it.each(files)('%s is refused with its message', (file) => {
    const text = read('invalid', file);
    expect(parseModelDocument(text)).toStrictEqual({
      kind: 'invalid',
      message: INVALID[file](text),
    });
  });
});
