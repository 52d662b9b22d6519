import { describe, expect, it } from 'vitest';
import {
  keyValue,
  propertyKey,
  stringArray,
  stringLiteral,
  templateLiteral,
} from './ts-literals.js';

/** Evaluates a JavaScript literal, to check that a rendered literal means the original text. */
const evaluate = (literal: string): unknown => new Function(`return ${literal};`)();

describe('stringLiteral', () => {
  it.each(['plain', "it's", 'say "hi"', `both ' and "" here`, 'back\\slash', 'line\nbreak'])(
    'renders %j as a literal with the same value',
    (text) => {
      expect(evaluate(stringLiteral(text))).toBe(text);
    },
  );

  it('prefers single quotes, like Prettier', () => {
    expect(stringLiteral('a "b"')).toBe(`'a "b"'`);
    expect(stringLiteral("it's")).toBe(`"it's"`);
  });
});

describe('templateLiteral', () => {
  it('keeps backslashes, backticks and ${ literally', () => {
    const text = 'a `tick` \\" ${notInterpolated} \\n';
    expect(evaluate(templateLiteral(text))).toBe(text);
  });
});

describe('propertyKey / keyValue / stringArray', () => {
  it('quotes only keys that are not identifiers', () => {
    expect(propertyKey('Statement')).toBe('Statement');
    expect(propertyKey('CA-node')).toBe(`'CA-node'`);
  });

  it('breaks a long string value onto its own line, like Prettier', () => {
    expect(keyValue('  ', 'short', `'x'`)).toBe(`  short: 'x',`);
    const long = stringLiteral('y'.repeat(100));
    expect(keyValue('  ', 'long', long)).toBe(`  long:\n    ${long},`);
  });

  it('puts array items one per line only when the line would be too long', () => {
    expect(stringArray(['a', 'b'], '    key: ', '    ')).toBe(`['a', 'b']`);
    expect(stringArray(['x'.repeat(50), 'y'.repeat(50)], '    key: ', '    ')).toBe(
      `[\n      '${'x'.repeat(50)}',\n      '${'y'.repeat(50)}',\n    ]`,
    );
  });
});
