import { describe, expect, it } from 'vitest';
import { parseCsv } from './inputs';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and CRLF rows', () => {
    const text = 'id,name,note\r\nalmaty,"Almaty, city","said ""Almaty""\nthen"\r\nzhanaozen,Zhanaozen,\r\n';
    expect(parseCsv(text)).toEqual([
      { id: 'almaty', name: 'Almaty, city', note: 'said "Almaty"\nthen' },
      { id: 'zhanaozen', name: 'Zhanaozen', note: '' },
    ]);
  });

  it('leaves out blank lines and gives missing fields as empty text', () => {
    expect(parseCsv('id,name\n\nKAZ\n\n')).toEqual([{ id: 'KAZ', name: '' }]);
  });

  it('gives no rows for a header alone or an empty file', () => {
    expect(parseCsv('id,name\n')).toEqual([]);
    expect(parseCsv('')).toEqual([]);
  });
});
