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

export const browserPath = (): string => process.env.CHROME_PATH ?? '/usr/bin/chromium';
