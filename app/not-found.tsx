import Link from "next/link";
import { Brand } from "@/components/shell/brand";

export default function NotFound() {
  return (
    <main id="main" className="page page-narrow" style={{ margin: "0 auto" }}>
      <Brand />
      <div className="card empty" style={{ marginTop: "2rem" }}>
        <h1>Page not found</h1>
        <p>There is nothing here, or it is not yours to see.</p>
        <Link href="/dashboard" className="btn btn-primary">
          Go to your dashboard
        </Link>
      </div>
    </main>
  );
}
