/**
 * Tables of the Word report, made for screen readers (RGAA 13.3): the first row is a header
 * repeated on every page the table runs over, and the table carries a caption and a
 * description (`w:tblCaption`, `w:tblDescription`, read by Word's accessibility checker and
 * assistive technologies), which the docx library has no option for.
 */
import { createStringElement, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType, type XmlComponent } from 'docx';
import type { ReportTable } from '../report-outline';
import { STYLE } from './docx-styles';

/** Word ignores "\n" inside a run: each further line starts with a line break. */
export const lines = (text: string) => text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined }));

class DescribedTable extends Table {
  constructor(options: ConstructorParameters<typeof Table>[0], caption: string, description: string) {
    super(options);
    // The table's first child is its w:tblPr; caption and description close its sequence.
    const properties = this.root[0] as XmlComponent;
    properties.addChildElement(createStringElement('w:tblCaption', caption));
    properties.addChildElement(createStringElement('w:tblDescription', description));
  }
}

export function reportTable({ rows: [header, ...rows], caption, description }: ReportTable, columnWidths: number[]): Table {
  const cell = (text: string, isHeader = false) =>
    new TableCell({
      children: [new Paragraph({ style: isHeader ? STYLE.tableHeader : STYLE.tableText, children: lines(text) })],
      ...(isHeader ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8ECF2' } } : {}),
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
    });
  return new DescribedTable(
    {
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths,
      rows: [
        new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
        ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((t) => cell(t)) })),
      ],
    },
    caption,
    description,
  );
}
