import { readFileSync } from 'node:fs';
import { extractDocument, parseDocument } from './src/index.js';
const file = process.argv[2]!;
const doc = parseDocument(file, readFileSync(file, 'utf8'));
const ex = extractDocument(doc);
const cp = [...doc.body];
for (const q of ex.quotes) {
  console.log(`[${q.speakerKey ?? '∅'}] (${q.quoteType}/${q.rule}${q.source?.medium ? '/' + q.source.medium : ''}) ${cp.slice(q.start, q.end).join('').slice(0, 90)}`);
}
for (const s of ex.scareQuotes) console.log(`  scare: ${s.text}`);
for (const w of ex.warnings) console.log(`  warn: ${w.message}`);
