// The one property check the message guards build on.

/** Whether `value` is an object with `key` (a guard then reads it typed as unknown). */
export function has<K extends string>(value: unknown, key: K): value is Record<K, unknown> {
  return typeof value === 'object' && value !== null && key in value;
}
