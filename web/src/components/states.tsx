// Loading, empty and error states that tell the analyst what is happening and what to do next.
import type { ComponentChildren } from 'preact';
import { ApiError } from '../api.ts';

export function Loading({ what }: { what: string }) {
  return <p class="state loading" role="status" aria-live="polite"><span class="spinner" aria-hidden="true" /> Loading {what}…</p>;
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <div class="state empty" role="status">{children}</div>;
}

export function ErrorNote({ error, what }: { error: Error; what: string }) {
  // A 4xx is about the link (unknown or malformed id, bad filter); anything else about the server.
  const status = error instanceof ApiError ? error.status : 0;
  const hint = status === 404 || status === 400
    ? <>The link may be old or mistyped (the item may have been deleted). <a href="#/articles">Go to the articles</a>.</>
    : <>Is <code>newsgraph serve</code> still running? Reload the page to try again.</>;
  return (
    <div class="state error" role="alert">
      <strong>Could not load {what}:</strong> {error.message}
      <div class="hint">{hint}</div>
    </div>
  );
}

/** The empty state of a database with nothing in it yet. */
export function NothingIngested({ what }: { what: string }) {
  return (
    <Empty>
      <p><strong>No {what} yet</strong> — run <code>newsgraph ingest FILE</code> (or <code>npm start</code> to load the sample articles), then reload.</p>
    </Empty>
  );
}
