/** A parse error of a CSV file: the message names file:line. */
export class CsvError extends Error {}

/**
 * The records of a CSV text (RFC 4180: a header row of names, fields quoted with " when they
 * hold a comma, a quote or a line break, "" for a quote inside), each as name → value, with
 * the line it starts on. Blank lines are skipped; a record with more or fewer fields than the
 * header, or a quote never closed, is an error naming its line.
 */
export function* csvRecords(text: string, file: string): Generator<{ line: number; fields: Record<string, string> }> {
  let header: string[] | null = null;
  for (const { line, cells } of csvRows(text, file)) {
    if (cells.length === 1 && cells[0] === '') continue;
    if (!header) {
      header = cells.map((c) => c.trim().toLowerCase());
      continue;
    }
    if (cells.length !== header.length)
      throw new CsvError(`${file}:${line}: ${cells.length} fields, but the header names ${header.length}`);
    const fields: Record<string, string> = {};
    header.forEach((name, i) => {
      fields[name] = cells[i]!;
    });
    yield { line, fields };
  }
}

function* csvRows(text: string, file: string): Generator<{ line: number; cells: string[] }> {
  let i = 0;
  let line = 1;
  while (i < text.length) {
    const start = line;
    const cells: string[] = [];
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new CsvError(`${file}:${start}: a quoted field is never closed`);
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === '\n') line++;
          cell += ch;
          i++;
        }
        if (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r')
          throw new CsvError(`${file}:${line}: text after a closing quote (write "" for a quote inside a field)`);
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') cell += text[i++];
      }
      cells.push(cell);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      line++;
      break;
    }
    yield { line: start, cells };
  }
}
