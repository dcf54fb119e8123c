// Draws docs/sweeps/ratio-vs-electricity.svg from a sweep run folder:
//   node docs/sweeps/plot.mjs RUN_DIR > docs/sweeps/ratio-vs-electricity.svg
// (runs `solstice query RUN_DIR ... --json` from this checkout; no plotting library).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runDir = process.argv[2];
if (!runDir) throw new Error('usage: node docs/sweeps/plot.mjs RUN_DIR');
const bin = fileURLToPath(new URL('../../packages/cli/bin/solstice.mjs', import.meta.url));
const sql = `SELECT "ground.electricityUsdPerKwh" AS x, "economics.orbitalUsdPerKwYear" / "economics.groundUsdPerKwYear" AS y, "launch.learningRate" AS lr FROM sweep`;
const rows = JSON.parse(execFileSync(process.execPath, ['--conditions=solstice-source', bin, 'query', runDir, sql, '--json'], { encoding: 'utf8' }));
const [width, height, left, bottom, top, right] = [640, 400, 60, 50, 20, 20];
const xs = rows.map((row) => row.x);
const ys = rows.map((row) => row.y);
const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
const [y0, y1] = [0, Math.ceil(Math.max(...ys))];
const px = (x) => left + ((x - x0) / (x1 - x0)) * (width - left - right);
const py = (y) => height - bottom - ((y - y0) / (y1 - y0)) * (height - bottom - top);
const colour = (lr) => `hsl(${Math.round(240 - ((lr - 0.15) / 0.1) * 240)},70%,45%)`;
const dots = rows.map((row) => `<circle cx="${px(row.x).toFixed(1)}" cy="${py(row.y).toFixed(1)}" r="1.6" fill="${colour(row.lr)}"/>`).join('');
const yTicks = Array.from({ length: y1 - y0 + 1 }, (_, i) => y0 + i)
  .map((y) => `<line x1="${left}" x2="${width - right}" y1="${py(y)}" y2="${py(y)}" stroke="#ddd"/><text x="${left - 8}" y="${py(y) + 4}" text-anchor="end">${y}</text>`)
  .join('');
const xTicks = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5]
  .filter((x) => x >= x0 && x <= x1)
  .map((x) => `<text x="${px(x)}" y="${height - bottom + 18}" text-anchor="middle">${x}</text>`)
  .join('');
process.stdout.write(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">
<rect width="100%" height="100%" fill="white"/>${yTicks}${xTicks}
<line x1="${left}" x2="${width - right}" y1="${py(1)}" y2="${py(1)}" stroke="#c00" stroke-dasharray="4 3"/>
<text x="${width - right}" y="${py(1) - 6}" text-anchor="end" fill="#c00">break-even (orbit = ground)</text>
${dots}
<text x="${(left + width - right) / 2}" y="${height - 12}" text-anchor="middle">ground electricity, USD/kWh</text>
<text transform="translate(16 ${(top + height - bottom) / 2}) rotate(-90)" text-anchor="middle">orbital / ground USD per kW-year</text>
<text x="${width - right}" y="${top + 12}" text-anchor="end">${rows.length} points; colour: launch learning rate 0.15 (blue) to 0.25 (red)</text>
</svg>
`);
