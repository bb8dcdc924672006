/**
 * Records keyed by ids and names from user data (a scenario's assumptions by service-level id,
 * sensitivity steps by id). A plain object answers `record["constructor"]` or
 * `record["toString"]` from Object.prototype, and `record["__proto__"]` with the prototype itself
 * unless the key is an own property, so a service level with such an id would read a function as
 * its assumption. Only own properties are entries.
 */
export function ownEntry<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key)
    ? record[key]
    : undefined;
}

/**
 * A copy of `record` with `key` set. Built on a computed key, which always makes an own property
 * (assigning `copy["__proto__"] = …` would replace the copy's prototype instead).
 */
export function withEntry<T>(
  record: Readonly<Record<string, T>>,
  key: string,
  value: T,
): Record<string, T> {
  return { ...record, [key]: value };
}
