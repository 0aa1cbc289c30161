import Link from "next/link";

/**
 * Not found inside the signed-in area (an interview or question that is not
 * theirs, or not there): the layout already gives the header and the one
 * <main>, so this is only the message.
 */
export default function SignedInNotFound() {
  return (
    <div className="card empty page-narrow" style={{ margin: "2rem auto 0" }}>
      <h1>Page not found</h1>
      <p>There is nothing here, or it is not yours to see.</p>
      <Link href="/dashboard" className="btn btn-primary">
        Go to your dashboard
      </Link>
    </div>
  );
}
