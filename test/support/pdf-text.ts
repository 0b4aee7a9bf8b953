import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of a PDF, page by page, read with pdfjs-dist (Mozilla's PDF.js; its legacy build runs on Node.js 20)
 * instead of poppler's `pdftotext`, so that `npm test` needs nothing installed outside npm. The characters come
 * from the fonts' ToUnicode maps, as a copy-paste from a viewer would give them: Chinese text of the generated
 * documents reads back as written. Lines end with a newline; the assertions compare text without whitespace.
 */
export async function pdfText(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const data = bytes instanceof Uint8Array ? new Uint8Array(bytes) : new Uint8Array(bytes.slice(0));
  const document = await getDocument({ data, verbosity: VerbosityLevel.ERRORS, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(text);
    }
    return pages.join('\f');
  } finally {
    await document.destroy();
  }
}
