import Link from "next/link";

export function ComingSoon({ title, what }: { title: string; what: string }) {
  return (
    <>
      <div className="page-header">
        <h1>{title}</h1>
      </div>
      <div className="card empty">
        <p>Coming soon: {what}</p>
        <Link href="/questions">Browse the question bank meanwhile</Link>
      </div>
    </>
  );
}
