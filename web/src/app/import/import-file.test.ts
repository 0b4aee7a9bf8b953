import { describe, expect, it } from 'vitest';
import { decodeCsv, importFormatOf, readImportFile, toBase64 } from './import-file.ts';

describe('reading an import file', () => {
  it('reads a CSV saved by a Chinese Excel (GBK) as well as UTF-8', () => {
    // "事故" in GBK: CA C2 B9 CA
    expect(decodeCsv(new Uint8Array([0xca, 0xc2, 0xb9, 0xca]))).toBe('事故');
    expect(decodeCsv(new TextEncoder().encode('事故,deaths'))).toBe('事故,deaths');
  });

  it('sends an .xlsx as base64 and refuses other files before reading them', async () => {
    expect(toBase64(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('UEsDBA==');
    expect(importFormatOf('历史事故.XLSX')).toBe('xlsx');
    const file = Object.assign(new Blob(['x']), { name: 'report.pdf' });
    await expect(readImportFile(file)).rejects.toThrow('wrongType');
    const csv = Object.assign(new Blob(['a,b\n1,2']), { name: 'a.csv' });
    expect(await readImportFile(csv)).toEqual({ name: 'a.csv', format: 'csv', content: 'a,b\n1,2' });
  });
});
