import { describe, expect, it } from 'vitest';
import { describeValue } from './describeValue';

describe('describeValue', () => {
  it('names each kind of JSON value', () => {
    expect([null, undefined, [1], {}, 3, true].map(describeValue)).toEqual([
      'null',
      'nothing',
      'a list',
      'an object',
      'number 3',
      'boolean true',
    ]);
  });

  it('quotes text, cut after 40 characters', () => {
    expect(describeValue('NaN')).toBe('the text "NaN"');
    expect(describeValue('x'.repeat(50))).toBe(`the text "${'x'.repeat(40)}…"`);
  });
});
