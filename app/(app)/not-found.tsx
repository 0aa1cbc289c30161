import { NotFoundCard } from "@/components/not-found-card";

/**
 * Not found inside the signed-in area (an interview or question that is not
 * theirs, or not there): the layout already gives the header and the one
 * <main>, so this is only the message.
 */
export default function SignedInNotFound() {
  return <NotFoundCard style={{ maxWidth: 760, margin: "2rem auto 0" }} />;
}
