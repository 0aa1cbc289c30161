import Link from "next/link";

/** The "nothing here" message, shared by the root and the signed-in not-found pages. */
export function NotFoundCard({ style }: { style?: React.CSSProperties }) {
  return (
    <div className="card empty" style={style}>
      <h1>Page not found</h1>
      <p>There is nothing here, or it is not yours to see.</p>
      <Link href="/dashboard" className="btn btn-primary">
        Go to your dashboard
      </Link>
    </div>
  );
}
