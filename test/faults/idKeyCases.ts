import { type IdKeyCase } from './functionCaseTypes';

/**
 * Service-level ids that name Object.prototype members, as a stored model (JSON, edited or
 * received with a workbook) may hold them. The engine reads records keyed by ids through own
 * properties only (src/engine/terms/ownEntry.ts), so each model simulates — or fails — exactly as
 * the same model with ids a, b, c, d does.
 */
const PROTO: IdKeyCase['ids'] = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
const ALL = [true, true, true, true] as const;
const OK = { ok: true } as const;

export const idKeyCases: readonly IdKeyCase[] = [
  {
    name: 'prototype names, assumptions from JSON (own "__proto__" key)',
    ids: PROTO,
    record: 'json',
    assumed: ALL,
    deltas: ALL,
    outcome: OK,
  },
  {
    name: 'prototype names, assumptions from Object.fromEntries',
    ids: PROTO,
    record: 'fromEntries',
    assumed: ALL,
    deltas: ALL,
    outcome: OK,
  },
  {
    name: 'prototype names, assumptions in a null-prototype record',
    ids: PROTO,
    record: 'nullPrototype',
    assumed: ALL,
    deltas: ALL,
    outcome: OK,
  },
  {
    name: 'the key measurement "toString" has no assumption: not measured',
    ids: PROTO,
    record: 'json',
    assumed: [true, true, false, true],
    deltas: ALL,
    outcome: OK,
  },
  {
    name: 'the critical "__proto__" has no assumption: the same error as for "a"',
    ids: PROTO,
    record: 'json',
    assumed: [false, true, true, true],
    deltas: ALL,
    outcome: {
      ok: false,
      message:
        'Scenario "Test scenario" has no performance assumption for critical service level "Availability" (Proposal A)',
    },
  },
  {
    name: 'no sensitivity step for "constructor" or "hasOwnProperty": their natural steps',
    ids: PROTO,
    record: 'json',
    assumed: ALL,
    deltas: [true, false, true, false],
    outcome: OK,
  },
  {
    name: 'other prototype names: valueOf, isPrototypeOf, __defineGetter__, propertyIsEnumerable',
    ids: ['valueOf', 'isPrototypeOf', '__defineGetter__', 'propertyIsEnumerable'],
    record: 'json',
    assumed: [true, true, false, true],
    deltas: [false, true, true, false],
    outcome: OK,
  },
];
