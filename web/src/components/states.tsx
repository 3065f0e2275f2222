// Loading, empty and error states that tell the analyst what is happening and what to do next.
import type { ComponentChildren } from 'preact';

export function Loading({ what }: { what: string }) {
  return <p class="state loading" role="status" aria-live="polite"><span class="spinner" aria-hidden="true" /> Loading {what}…</p>;
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <div class="state empty" role="status">{children}</div>;
}

export function ErrorNote({ error, what }: { error: Error; what: string }) {
  return (
    <div class="state error" role="alert">
      <strong>Could not load {what}:</strong> {error.message}
      <div class="hint">Is <code>newsgraph serve</code> still running? Reload the page to try again.</div>
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
