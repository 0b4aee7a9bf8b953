import ExcelJS from 'exceljs';

type CellValue = string | number | boolean | Date | null;

/** The first sheet of a workbook as rows of plain values (row 1: the headers). */
export async function readSheet(bytes: ArrayBuffer | Uint8Array | Buffer): Promise<CellValue[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes as Uint8Array) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: CellValue[][] = [];
  sheet.eachRow((row) => {
    const values: CellValue[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const v = row.getCell(c).value;
      values.push(v === undefined ? null : typeof v === 'object' && v !== null && !(v instanceof Date) ? String((v as { text?: unknown }).text ?? v) : (v as CellValue));
    }
    rows.push(values);
  });
  return rows;
}

/** A workbook of one sheet from rows (row 1: the headers), as the base64 an import body carries. */
export async function workbookBase64(rows: unknown[][], sheetName = 'Sheet1'): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** GET a binary body with a bearer token. */
export async function download(url: string, token: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}`, ...headers } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}
