/**
 * Writes JavaScript literals the way Prettier (singleQuote, printWidth 100) would format them, so
 * that generated TypeScript passes `prettier --check` without running Prettier: string literals
 * pick the quote that needs fewer escapes, object keys are quoted only when they must be, and
 * long texts become template literals with `\`, backticks and `${` escaped.
 */

/** A string literal: single quotes unless the text holds more single than double quotes. */
export function stringLiteral(text: string): string {
  const singles = (text.match(/'/g) ?? []).length;
  const doubles = (text.match(/"/g) ?? []).length;
  const quote = singles > doubles ? '"' : "'";
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(new RegExp(quote, 'g'), `\\${quote}`);
  return `${quote}${escaped}${quote}`;
}

/** An object key: bare when it is an identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : stringLiteral(name);
}

/** A template literal holding `text` verbatim. */
export function templateLiteral(text: string): string {
  return `\`${text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``;
}

/** A TSDoc comment body safe to place inside `/** … *\/`. */
export function docText(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim();
}

/**
 * An array of string literals on one line, or one per line when `linePrefix` + the array + a
 * trailing comma would pass `width` characters.
 */
export function stringArray(
  values: readonly string[],
  linePrefix: string,
  indent: string,
  width = 100,
): string {
  const inline = `[${values.map(stringLiteral).join(', ')}]`;
  if (linePrefix.length + inline.length + 1 <= width) return inline;
  const inner = values.map((v) => `${indent}  ${stringLiteral(v)},`).join('\n');
  return `[\n${inner}\n${indent}]`;
}

/**
 * An object property line `key: value,` — or, like Prettier, the value on its own more-indented
 * line when the whole would pass `width` characters.
 */
export function keyValue(indent: string, key: string, value: string, width = 100): string {
  const line = `${indent}${propertyKey(key)}: ${value},`;
  if (line.length <= width || value.startsWith('`') || value.startsWith('[')) return line;
  return `${indent}${propertyKey(key)}:\n${indent}  ${value},`;
}
