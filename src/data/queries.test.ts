import { readFileSync } from 'node:fs';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileIds, story, type FileId } from '../domain/story';
import { FETCH_TIMEOUT_MS, fetchLayerFile, LayerFileError, layerFileQuery } from './queries';

const body = (file: FileId) => readFileSync(`geodata/${file}.geojson`, 'utf8');

/** What the server does for the faulty file; every other file arrives whole. */
type Fault = (file: FileId, signal: AbortSignal) => Promise<Response>;

/** A server that says nothing until the layer's own timeout fires. */
const silent = (signal: AbortSignal) =>
  new Promise<Response>((_, reject) => {
    const stop = () => reject(signal.reason as Error);
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop);
    timeout.abort(new DOMException('The operation timed out.', 'TimeoutError'));
  });

const FAULTS: Record<string, { fault: Fault; says: RegExp }> = {
  'a network error': {
    fault: () => Promise.reject(new TypeError('Failed to fetch')),
    says: /: could not be fetched \(Failed to fetch\)$/,
  },
  'HTTP 500': {
    fault: () => Promise.resolve(new Response('Internal Server Error', { status: 500 })),
    says: /: the server answered 500$/,
  },
  'no answer before the timeout': {
    fault: (_file, signal) => silent(signal),
    says: new RegExp(`: could not be fetched \\(took longer than ${FETCH_TIMEOUT_MS / 1000} s\\)$`),
  },
  'truncated JSON': {
    fault: (file) => {
      const text = body(file);
      return Promise.resolve(new Response(text.slice(0, Math.floor(text.length / 2))));
    },
    says: /: \(file\): is not valid JSON \(/,
  },
  'JSON that is not GeoJSON': {
    fault: () => Promise.resolve(new Response(JSON.stringify({ hello: 'world', features: 3 }))),
    says: /: \(file\): is not a GeoJSON FeatureCollection \(type is /,
  },
};

let timeout = new AbortController();

/** A server whose answer for `file` is the fault while `faulty()` holds. */
function serve(file: FileId, fault: Fault, faulty: () => boolean) {
  const calls: string[] = [];
  timeout = new AbortController();
  vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms) => {
    expect(ms).toBe(FETCH_TIMEOUT_MS);
    return timeout.signal;
  });
  vi.stubGlobal('fetch', (url: string, init: { signal: AbortSignal }) => {
    calls.push(url);
    const id = fileIds().find((f) => story().fileUrl(f) === url);
    if (!id) return Promise.resolve(new Response('Not Found', { status: 404 }));
    return id === file && faulty() ? fault(id, init.signal) : Promise.resolve(new Response(body(id)));
  });
  return calls;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('a layer file that fails to load', () => {
  for (const file of fileIds()) {
    for (const [name, { fault, says }] of Object.entries(FAULTS)) {
      it(`${file}.geojson with ${name} fails alone, names the file and the problem, and loads on retry`, async () => {
        let faulty = true;
        const calls = serve(file, fault, () => faulty);
        const client = new QueryClient();

        const error = await client.fetchQuery(layerFileQuery(file)).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(LayerFileError);
        const { file: named, problems } = error as LayerFileError;
        expect(named).toBe(`${file}.geojson`);
        expect(problems.length).toBeGreaterThan(0);
        for (const p of problems) expect(p).toMatch(new RegExp(`^${file}\\.geojson`));
        expect(problems[0]).toMatch(says);
        // Reported at once, not after silent attempts.
        expect(calls).toEqual([story().fileUrl(file)]);

        // Another file loads while this one fails.
        const other = file === 'csto' ? 'protest' : 'csto';
        expect((await fetchLayerFile(other)).features.length).toBeGreaterThan(0);

        faulty = false;
        const data = await client.fetchQuery(layerFileQuery(file));
        expect(data.features.length).toBeGreaterThan(0);
        expect(calls.filter((c) => c === story().fileUrl(file))).toHaveLength(2);
      });
    }
  }

  it('is not reported when the reader’s own request is cancelled', async () => {
    serve('places', (_file, signal) => silent(signal), () => true);
    const reader = new AbortController();
    reader.abort();
    const error = await fetchLayerFile('places', reader.signal).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(LayerFileError);
  });
});
