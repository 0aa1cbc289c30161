"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="page page-narrow" style={{ margin: "0 auto" }}>
      <div className="card empty" role="alert">
        <h1>Something went wrong</h1>
        <p>Your saved work is safe. Try again, and if it keeps happening, reload the page.</p>
        <button type="button" className="btn btn-primary" onClick={reset}>
          Try again
        </button>
      </div>
    </main>
  );
}
