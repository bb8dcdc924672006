import { HyperFormula, type RawCellContent } from 'hyperformula';

/**
 * An independent formula engine for tests (HyperFormula, GPL-3.0, a devDependency only): sheets of
 * values and formulas in, evaluated cells out. Used to check that formulas we generate compute what
 * the engine computes, without our own workbench evaluator in the loop.
 */
export type HyperSheets = Record<string, RawCellContent[][]>;

export function evaluateSheets(sheets: HyperSheets): HyperFormula {
  return HyperFormula.buildFromSheets(sheets, {
    licenseKey: 'gpl-v3',
    // Excel's behaviour, not HyperFormula's friendlier defaults: no rounding of results before comparing.
    smartRounding: false,
    precisionRounding: 15,
    useArrayArithmetic: false,
  });
}

/** The value of one cell (0-based row and column) of `sheet`. */
export function valueAt(hf: HyperFormula, sheet: string, row: number, col: number): unknown {
  const id = hf.getSheetId(sheet);
  if (id === undefined) throw new Error(`no sheet ${sheet}`);
  return hf.getCellValue({ sheet: id, row, col });
}
