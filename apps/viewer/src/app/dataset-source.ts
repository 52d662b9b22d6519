/**
 * The page's access to the server: the view model (`api/view.json`) and the
 * dataset itself (`api/dataset.trig`, fetched once, only when SPARQL or an
 * export needs it). A server that cannot show its dataset answers with an
 * error JSON; that error becomes a {@link ViewerLoadError} whose message the
 * page shows instead of the graph.
 */
import type { ViewModel } from '@claimgraph/projection';

/** The data could not be loaded: `message` is meant for the user. */
export class ViewerLoadError extends Error {
  constructor(
    message: string,
    readonly detail: { file?: string; line?: number; column?: number } = {},
  ) {
    super(message);
    this.name = 'ViewerLoadError';
  }
}

interface ErrorBody {
  error?: { message?: string; file?: string; line?: number; column?: number };
}

/** Fetches the view model; rejects with a {@link ViewerLoadError}. */
export async function fetchView(): Promise<ViewModel> {
  const response = await request('api/view.json');
  const body = (await response.json().catch(() => null)) as (ViewModel & ErrorBody) | null;
  if (!body) throw new ViewerLoadError('The server answered with something that is not JSON.');
  if (!response.ok || body.error) throw errorFrom(body, response.status);
  if (!Array.isArray(body.nodes)) throw new ViewerLoadError('The server answered without a graph (no nodes).');
  return body;
}

let datasetText: Promise<string> | null = null;

/** Fetches the dataset as TriG once and returns the same text afterwards. */
export function fetchDatasetText(): Promise<string> {
  datasetText ??= (async () => {
    const response = await request('api/dataset.trig');
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as ErrorBody;
      throw errorFrom(body, response.status);
    }
    return response.text();
  })();
  datasetText.catch(() => {
    datasetText = null;
  });
  return datasetText;
}

async function request(path: string): Promise<Response> {
  try {
    return await fetch(path, { headers: { Accept: 'application/json, application/trig' } });
  } catch {
    throw new ViewerLoadError('Cannot reach the claimgraph server. Is `kg serve` still running?');
  }
}

function errorFrom(body: ErrorBody, status: number): ViewerLoadError {
  const error = body.error ?? {};
  return new ViewerLoadError(error.message ?? `The server answered with HTTP ${status}.`, {
    file: error.file,
    line: error.line,
    column: error.column,
  });
}
