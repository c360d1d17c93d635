/** Reads exported files back for assertions. */
import JSZip from 'jszip';

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The visible text of a .docx, one line per paragraph (line breaks kept), and its raw XML. */
export async function docxText(body: Buffer): Promise<{ text: string; xml: string }> {
  const xml = await (await JSZip.loadAsync(body)).file('word/document.xml')!.async('string');
  const paragraphs = xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[1] === undefined ? '\n' : decode(m[1]))).join(''));
  return { text: paragraphs.filter(Boolean).join('\n'), xml };
}
