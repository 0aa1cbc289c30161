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
            <form action={signOutAction}>
              <span className="sr-only">Signed in as {user.name ?? user.email}</span>
              <button type="submit" className="btn btn-small">
                Sign out
              </button>
            </form>
          ) : null}
        </div>
      </div>
    </header>
  );
}
