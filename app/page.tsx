import Link from "next/link";
import { redirect } from "next/navigation";
import { SiteHeader } from "@/components/shell/site-header";
import { currentUser } from "@/server/auth/session";

export default async function LandingPage() {
  if (await currentUser()) redirect("/dashboard");
  return (
    <>
      <SiteHeader user={null} />
      <main id="main" className="page">
        <section className="hero">
          <h1>Practise the interview before the interview.</h1>
          <p>
            Mockline runs timed mock interviews from a back-end engineering question bank. Type your answer or sketch your
            system design, compare it with a strong sample answer, rate yourself honestly, and let spaced repetition bring
            back what you are weak at.
          </p>
          <div className="row">
            <Link href="/sign-up" className="btn btn-primary">
              Create a free account
            </Link>
            <Link href="/sign-in" className="btn">
              Sign in
            </Link>
          </div>
        </section>
        <section className="grid grid-3" aria-label="What you can do">
          <div className="card">
            <h2>Sit a timed mock</h2>
            <p className="muted">Pick levels, types and topics; answer under a clock the server keeps honest.</p>
          </div>
          <div className="card">
            <h2>Sketch system designs</h2>
            <p className="muted">A whiteboard beside your notes, saved as you draw and compared with a reference design.</p>
          </div>
          <div className="card">
            <h2>Review and drill</h2>
            <p className="muted">Tick the key points you covered, see your weak topics, and drill them until they are strong.</p>
          </div>
        </section>
      </main>
    </>
  );
}
