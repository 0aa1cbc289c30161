import Link from "next/link";
import { signOutAction } from "@/app/(auth)/actions";
import { Brand } from "./brand";
import { MainNav } from "./main-nav";
import { ThemeToggle } from "./theme-toggle";

export function SiteHeader({ user }: { user: { name: string | null; email: string | null } | null }) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Brand href={user ? "/dashboard" : "/"} />
        {user ? <MainNav /> : <div style={{ flex: 1 }} />}
        <div className="header-tools">
          <ThemeToggle />
          {user ? (
            <>
              <span className="sr-only">Signed in as {user.name ?? user.email}</span>
              {/* On a phone these two live in the main navigation's menu. */}
              <Link href="/settings" className="btn btn-ghost btn-small wide-only">
                Settings
              </Link>
              <form action={signOutAction} className="wide-only">
                <button type="submit" className="btn btn-small">
                  Sign out
                </button>
              </form>
            </>
          ) : null}
        </div>
      </div>
    </header>
  );
}
