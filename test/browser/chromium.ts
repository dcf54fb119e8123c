import { accessSync, constants } from 'node:fs';

/** Whether `path` is an executable file (a file hidden by binding /dev/null over it is not). */
function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** System browsers tried after CHROMIUM_PATH, in order (Debian, Ubuntu and Fedora names, then Chrome). */
const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * The Chromium the browser tests drive, found without apt or a download:
 * 1. CHROMIUM_PATH, when set (it must exist);
 * 2. a system Chromium or Chrome;
 * 3. the Chromium inside the `@sparticuz/chromium` devDependency, which npm
 *    installs from its registry tarball (brotli-compressed, unpacked on first
 *    use to the temporary directory, about 10 s) and which renders WebGL2 with
 *    SwiftShader like the system one.
 * So `npm install && npm test` needs nothing but Node on a fresh machine.
 * @returns the executable path and where it came from
 */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<{ path: string; source: string }> {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv}: not an executable file`);
    return { path: fromEnv, source: 'CHROMIUM_PATH' };
  }
  const system = SYSTEM_BROWSERS.find(isExecutable);
  if (system) return { path: system, source: 'system' };
  const { default: chromium } = await import('@sparticuz/chromium');
  return { path: await chromium.executablePath(), source: '@sparticuz/chromium' };
}
