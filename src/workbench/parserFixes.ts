import FormulaParser from 'fast-formula-parser';

/**
 * fast-formula-parser 1.0.19 flattens every range argument with `acc.concat(…)` inside a reduce,
 * which copies the growing result once per cell: quadratic, so SUM over 60,000 cells took 3.5 s
 * and over 200,000 most of a minute. This replaces it, once, with a linear flatten giving the same
 * array (cells row by row, nested arrays opened in place).
 */
let installed = false;

export function installParserFixes(): void {
  if (installed) return;
  installed = true;
  FormulaParser.FormulaHelpers.flattenDeep = (nested: readonly unknown[]): unknown[] => {
    const flat: unknown[] = [];
    const stack: { items: readonly unknown[]; at: number }[] = [{ items: nested, at: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.at === top.items.length) {
        stack.pop();
        continue;
      }
      const item = top.items[top.at++];
      if (Array.isArray(item)) stack.push({ items: item, at: 0 });
      else flat.push(item);
    }
    return flat;
  };
}
