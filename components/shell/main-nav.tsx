"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { signOutAction } from "@/app/(auth)/actions";

export const NAV_ITEMS = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/interviews/new", label: "New interview" },
  { href: "/history", label: "History" },
  { href: "/topics", label: "Topics" },
  { href: "/questions", label: "Questions" },
  { href: "/schedule", label: "Schedule" },
] as const;

const isActive = (pathname: string, href: string) => pathname === href || (href !== "/dashboard" && pathname.startsWith(`${href}/`));

/**
 * The main navigation. On a wide screen it is a row of links; on a phone it
 * folds behind a "Menu" button (a disclosure: aria-expanded, Escape closes it
 * and gives focus back) that also holds Settings and Sign out.
 */
export function MainNav() {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);
  return (
    <nav className="main-nav" aria-label="Main" data-open={open ? "true" : "false"}>
      <button ref={button} type="button" className="btn btn-small menu-toggle" aria-expanded={open} aria-controls="main-nav-list" onClick={() => setOpen((o) => !o)}>
        <span aria-hidden="true">{open ? "✕" : "☰"}</span> Menu
      </button>
      <ul id="main-nav-list">
        {NAV_ITEMS.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={isActive(pathname, item.href) ? "page" : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
        <li className="nav-account">
          <Link href="/settings" aria-current={pathname === "/settings" ? "page" : undefined}>
            Settings
          </Link>
        </li>
        <li className="nav-account">
          <form action={signOutAction}>
            <button type="submit" className="btn btn-small">
              Sign out
            </button>
          </form>
        </li>
      </ul>
    </nav>
  );
}
