// Monaco needs its workers declared before the first editor mounts, or it falls back to the main thread.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import '../shared/fonts';
import './graphiql.css';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLE_TABS } from './examples';

type Fetcher = GraphiQLProps['fetcher'];
type FetchResult = Awaited<ReturnType<Fetcher>>;

// The playground is served at the endpoint itself, so its own path is the API's, behind any proxy prefix too.
const endpoint = `${window.location.origin}${window.location.pathname}`;

// A plain POST: no subscriptions to support, and `content-type: application/json` satisfies Apollo's CSRF check.
const fetcher: Fetcher = async (params, opts) => {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(opts?.headers ?? {}),
    },
    body: JSON.stringify(params),
  });
  return (await res.json()) as FetchResult;
};

// GraphiQL 5 fills the first default tab's query but not its variables (graphql/graphiql#3392): hand them over
// as the initial variables, but only on a first visit, when no tabs are stored that they would clobber.
const firstVisit = (() => {
  try {
    return window.localStorage.getItem('graphiql:tabState') === null;
  } catch {
    return true;
  }
})();
const firstVariables = firstVisit ? (EXAMPLE_TABS[0]?.variables ?? undefined) : undefined;

const root = document.getElementById('graphiql');
if (!root) throw new Error('#graphiql missing from graphiql.html');
createRoot(root).render(
  createElement(
    StrictMode,
    null,
    createElement(GraphiQL, {
      fetcher,
      defaultTabs: EXAMPLE_TABS,
      ...(firstVariables ? { initialVariables: firstVariables } : {}),
      defaultEditorToolsVisibility: 'variables',
      // The documentation explorer open from the start: the schema's descriptions are the API's manual.
      visiblePlugin: 'Documentation Explorer',
      isHeadersEditorEnabled: true,
    }),
  ),
);
