import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveBoth, type Server } from './setup';

describe('serveBoth with a larger story’s files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  let server: Server;
  beforeAll(async () => {
    writeFileSync(join(dir, 'places.geojson'), '{"type":"FeatureCollection","features":[]}');
    server = await serveBoth(dir);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true });
  });

  it('answers both pages’ requests for a hashed layer file with the file of that id', async () => {
    for (const path of ['assets/places-BoeM0_UA.geojson', 'baseline/assets/places-Dq3_x-9a.geojson']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/geo+json');
      expect(await res.text()).toBe('{"type":"FeatureCollection","features":[]}');
    }
    expect(server.fileFor('/assets/places-BoeM0_UA.geojson')).toBe(join(dir, 'places.geojson'));
  });

  it('leaves every other path to the builds, the data folder’s own names included', async () => {
    expect((await fetch(`${server.url}places.geojson`)).status).not.toBe(200);
    expect(server.fileFor('/assets/index-abc.js')).not.toBe(join(dir, 'index-abc.js'));
  });
});
