/**
 * A chosen file as the import endpoints take it: a CSV as text, an .xlsx as base64. A CSV that is not valid
 * UTF-8 is read as GB 18030 (a superset of GBK), which is how Excel in a Chinese locale saves "CSV".
 */

export type ImportFormat = 'csv' | 'xlsx';

export interface ImportFile {
  name: string;
  format: ImportFormat;
  content: string;
}

/** 20 MB of request body (the server's limit) holds a 14 MB file once in base64. */
export const MAX_IMPORT_FILE_MB = 14;

export function importFormatOf(name: string): ImportFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return null;
}

export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Reads a file for an import; throws 'wrongType' or 'tooLarge' (the texts' keys) before reading anything. */
export async function readImportFile(file: Blob & { name: string }): Promise<ImportFile> {
  const format = importFormatOf(file.name);
  if (!format) throw new Error('wrongType');
  if (file.size > MAX_IMPORT_FILE_MB * 1024 * 1024) throw new Error('tooLarge');
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { name: file.name, format, content: format === 'csv' ? decodeCsv(bytes) : toBase64(bytes) };
}
