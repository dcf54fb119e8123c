import { describe, expect, it } from 'vitest';
import { reproducePaper, SUNCATCHER_FIGURES, TABLE1 } from '@solstice/core';

/**
 * The paper reproduction (arXiv:2511.19468, figures in seeds/suncatcher.json and
 * seeds/table1.json). Each row states its own relative tolerance; the rows the
 * physics may not reproduce (formation figures whose model is still evolving in
 * its own issue, spatial channels the paper counts without crosstalk) are listed here, each with the reason in the row's note.
 */
// links.spatial*Capacity: the paper's crosstalk-free spatial channels; the model counts crosstalk (issue 12).
const KNOWN_GAPS = ['formation.j2AxisRatio', 'formation.j2DriftBound', 'links.spatial2x2Capacity', 'links.spatial4x4Capacity'];

const rows = reproducePaper();

describe("reproduction of the Suncatcher paper's figures", () => {
  it.each(rows.filter((row) => !KNOWN_GAPS.includes(row.id)).map((row) => [row.id, row] as const))(
    '%s is within its tolerance',
    (_id, row) => {
      if (row.comparison === 'value') expect(Math.abs(row.model / row.paper - 1)).toBeLessThanOrEqual(row.tolerance);
      else expect(row.model).toBeLessThanOrEqual(row.paper * (1 + row.tolerance));
      expect(row.ok).toBe(true);
    },
  );

  it('explains every known gap in a note, and a row outside tolerance is reported as such, never tuned', () => {
    for (const id of KNOWN_GAPS) {
      const row = rows.find((candidate) => candidate.id === id)!;
      expect(row.note).toMatch(/model is kept, not tuned/);
      if (row.comparison === 'value') expect(row.ok).toBe(Math.abs(row.model / row.paper - 1) <= row.tolerance);
      else expect(row.ok).toBe(row.model <= row.paper * (1 + row.tolerance));
    }
  });

  it('covers all four Table 1 rows at both prices, the ground band and the learning curve', () => {
    const ids = new Set(rows.map((row) => row.id));
    expect(rows.filter((row) => row.id.startsWith('table1.')).length).toBe(TABLE1.rows.length * 2);
    for (const id of ['ground.powerSpendLow', 'ground.powerSpendHigh', 'launch.cumulativeMassFor200', 'launch.priceSlowCase', 'orbit.period']) {
      expect(ids.has(id)).toBe(true);
    }
  });

  it('has unique ids, a source on every row, and takes paper values from the seeds where seeded', () => {
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    for (const row of rows) {
      expect(row.source.length).toBeGreaterThan(0);
      const seeded = SUNCATCHER_FIGURES[row.id];
      if (seeded && !row.note?.startsWith('paper prints')) expect(row.paper).toBe(seeded.value);
    }
  });
});
