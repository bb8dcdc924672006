import { attempt, DomainFailure, fail, ok, unwrap } from '../../../src/engine/rules/result';

describe('result', () => {
  test('ok wraps a value', () => {
    expect(ok(5)).toEqual({ ok: true, value: 5 });
  });

  test('fail carries a code and message', () => {
    expect(fail('div0', 'target is 0')).toEqual({
      ok: false,
      error: { code: 'div0', message: 'target is 0' },
    });
  });

  test('unwrap returns the value of an ok result', () => {
    expect(unwrap(ok('x'))).toBe('x');
  });

  test('unwrap throws a DomainFailure carrying the error of a failed result', () => {
    let caught: unknown;
    try {
      unwrap(fail('num', 'too big'));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DomainFailure);
    expect((caught as DomainFailure).error).toEqual({ code: 'num', message: 'too big' });
    expect((caught as DomainFailure).message).toBe('too big');
  });

  test('attempt turns a returned value into ok', () => {
    expect(attempt(() => 2 + 3)).toEqual({ ok: true, value: 5 });
  });

  test('attempt turns a thrown DomainFailure into a failed result', () => {
    const r = attempt(() => {
      throw new DomainFailure({ code: 'na', message: 'no data' });
    });
    expect(r).toEqual({ ok: false, error: { code: 'na', message: 'no data' } });
  });

  test('attempt round-trips an unwrap of a failure', () => {
    const r = attempt(() => unwrap(fail('value', 'bad')) as number);
    expect(r).toEqual({ ok: false, error: { code: 'value', message: 'bad' } });
  });

  test('attempt rethrows errors that are not domain failures (programming errors)', () => {
    expect(() =>
      attempt(() => {
        throw new TypeError('boom');
      }),
    ).toThrow(TypeError);
  });
});
