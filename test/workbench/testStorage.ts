/**
 * A Storage that fails the way browsers' localStorage does: a quota counted in characters of keys
 * and values (Chrome and Firefox count about 5 million), a QuotaExceededError DOMException that
 * leaves the old value in place, and any call made to throw on demand. A stand-in for the
 * browser, not for the code under test.
 */
const MESSAGES: Record<string, string> = {
  QuotaExceededError: "Failed to execute 'setItem' on 'Storage': the quota has been exceeded.",
  NS_ERROR_DOM_QUOTA_REACHED: 'Persistent storage maximum size reached',
  SecurityError: 'The operation is insecure.',
};

export const browserError = (name: string) => new DOMException(MESSAGES[name] ?? name, name);

export class TestStorage implements Storage {
  private readonly map = new Map<string, string>();

  constructor(
    private readonly options: {
      readonly quotaChars?: number;
      readonly throwsOn?: 'getItem' | 'setItem' | 'removeItem' | 'localStorage';
      readonly error?: string;
    } = {},
  ) {}

  /** Fills the storage without the failures, as an earlier visit would have. */
  seed(key: string, value: string): void {
    this.map.set(key, value);
  }

  peek(key: string): string | null {
    return this.map.get(key) ?? null;
  }

  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string) {
    this.fail('getItem');
    return this.map.get(key) ?? null;
  }
  removeItem(key: string) {
    this.fail('removeItem');
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.fail('setItem');
    const { quotaChars } = this.options;
    if (quotaChars !== undefined) {
      let used = key.length + value.length;
      for (const [k, v] of this.map) if (k !== key) used += k.length + v.length;
      if (used > quotaChars) throw browserError('QuotaExceededError');
    }
    this.map.set(key, value);
  }

  private fail(call: string) {
    if (this.options.throwsOn === call) throw browserError(this.options.error ?? 'SecurityError');
  }
}
