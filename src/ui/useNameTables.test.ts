import { readFileSync } from 'node:fs';
import { QueriesObserver, QueryClient, type QueryObserverOptions, type QueryObserverResult } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NameTable } from '../domain/names';
import { story } from '../domain/story';
import { arrivedTables, nameTablesQueries } from './useNameTables';

const RU = readFileSync('geodata/names.ru.json', 'utf8');

/** A server that answers every names table with the Russian one, and the addresses asked for. */
function serve() {
  const calls: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    calls.push(url);
    return Promise.resolve(new Response(RU));
  });
  return calls;
}

/** The hook's queries, as the observer behind useQueries takes them. */
const queries = (wanted: boolean) => nameTablesQueries(wanted) as unknown as QueryObserverOptions[];

/** What the search hook gives for `wanted`, as useQueries computes it. */
function watch(client: QueryClient, wanted: boolean) {
  const observer = new QueriesObserver(client, queries(wanted));
  const stop = observer.subscribe(() => undefined);
  return { observer, stop, tables: () => arrivedTables(observer.getCurrentResult() as QueryObserverResult<NameTable>[]) };
}

afterEach(() => vi.unstubAllGlobals());

describe('the names tables for the search', () => {
  it('are not fetched before the search is used, then are, once', async () => {
    const calls = serve();
    const client = new QueryClient();
    const { observer, stop, tables } = watch(client, false);
    await new Promise((r) => setTimeout(r, 10));
    expect(calls).toEqual([]);
    expect(tables()).toEqual({});

    observer.setQueries(queries(true));
    await vi.waitFor(() => expect(tables().ru?.protest?.zhanaozen).toBe('Жанаозен'));
    expect(calls).toEqual([story().namesUrl('ru')]);
    stop();
  });

  it('include the page’s own table, already loaded, without fetching', async () => {
    const calls = serve();
    const client = new QueryClient();
    client.setQueryData(['names', 'ru'], JSON.parse(RU) as NameTable);
    const { stop, tables } = watch(client, false);
    await new Promise((r) => setTimeout(r, 10));
    expect(tables().ru?.protest?.zhanaozen).toBe('Жанаозен');
    expect(calls).toEqual([]);
    stop();
  });

  it('leave out a table that failed, quietly', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('Not Found', { status: 404 })));
    const client = new QueryClient();
    const { observer, stop, tables } = watch(client, true);
    await vi.waitFor(() => expect(observer.getCurrentResult().every((r) => r.isError)).toBe(true));
    expect(tables()).toEqual({});
    stop();
  });
});
