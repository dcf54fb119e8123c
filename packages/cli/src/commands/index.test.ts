import { describe, expect, it } from 'vitest';
import { COMMANDS } from './index.ts';

describe('the command table', () => {
  it("names each command as its module does, once, and loads a module whose help is that command's", async () => {
    expect(new Set(COMMANDS.map((entry) => entry.name)).size).toBe(COMMANDS.length);
    for (const entry of COMMANDS) {
      const command = await entry.load();
      expect(command.name).toBe(entry.name);
      expect(command.help).toContain(`solstice ${entry.name}`);
      expect(entry.summary.length).toBeGreaterThan(10);
    }
  });
});
