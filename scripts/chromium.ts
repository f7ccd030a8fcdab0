import { accessSync, constants, existsSync, statSync } from 'node:fs';

/** Headless Chromium as this project runs it: software WebGL, and no calls to any outside host. */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where Debian, Ubuntu and Google's packages put their browser. */
const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** A file this process may run (a path that only exists, or is a device, does not count). */
function runnable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The browser the tests and the bench drive: `CHROME_PATH`, else a system Chromium or Chrome,
 * else the one inside the `@sparticuz/chromium` package (installed by `npm ci`, unpacked into the
 * temp folder on first use, nothing downloaded). `PACKAGED_CHROMIUM=1` takes the packaged one
 * whatever else is installed. Launch it with CHROMIUM_ARGS, not the package's serverless flags.
 */
export async function browserPath(): Promise<string> {
  if (process.env.PACKAGED_CHROMIUM !== '1') {
    const chosen = process.env.CHROME_PATH;
    if (chosen) {
      if (!existsSync(chosen)) throw new Error(`CHROME_PATH is ${chosen}, which does not exist.`);
      return chosen;
    }
    const system = SYSTEM_BROWSERS.find(runnable);
    if (system) return system;
  }
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}
