/** A value of parsed JSON as a validation message names it. */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === 'object') return 'an object';
  // Parsed JSON: what is left is a number or a boolean.
  return `${typeof v} ${v as number | boolean}`;
}
