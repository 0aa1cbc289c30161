import { SiteHeader } from "@/components/shell/site-header";
import { requireUser } from "@/server/auth/session";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <SiteHeader user={user} />
      <main id="main" className="page">
        {children}
      </main>
    </>
  );
}
