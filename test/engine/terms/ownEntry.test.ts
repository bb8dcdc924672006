import { ownEntry, withEntry } from '../../../src/engine/terms/ownEntry';

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

describe('ownEntry', () => {
  it('finds nothing for Object.prototype members that are not own entries', () => {
    const record: Record<string, number> = { a: 1 };
    for (const key of PROTOTYPE_NAMES) expect(ownEntry(record, key)).toBeUndefined();
    expect(ownEntry(record, 'a')).toBe(1);
    expect(ownEntry(undefined, 'a')).toBeUndefined();
  });

  it('finds own entries of those names, from JSON and in null-prototype records', () => {
    const fromJson = JSON.parse('{"__proto__": 1, "constructor": 2, "toString": 3}') as Record<
      string,
      number
    >;
    expect(['__proto__', 'constructor', 'toString'].map((k) => ownEntry(fromJson, k))).toEqual([
      1, 2, 3,
    ]);
    const bare = Object.create(null) as Record<string, number>;
    const key: string = 'hasOwnProperty';
    bare[key] = 4;
    expect(ownEntry(bare, 'hasOwnProperty')).toBe(4);
  });
});

describe('withEntry', () => {
  it('sets "__proto__" as an own entry, keeping the others and the prototype', () => {
    const copy = withEntry<number>({ a: 1 }, '__proto__', 2);
    expect(Object.keys(copy).sort()).toEqual(['__proto__', 'a']);
    expect(ownEntry(copy, '__proto__')).toBe(2);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
  });

  it('keeps an own "__proto__" entry of the record it copies', () => {
    const fromJson = JSON.parse('{"__proto__": 1}') as Record<string, number>;
    expect(ownEntry(withEntry(fromJson, 'b', 2), '__proto__')).toBe(1);
  });
});
