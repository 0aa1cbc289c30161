"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { changePasswordSchema, deleteAccountSchema, profileSchema } from "@/lib/account/schemas";
import { updateProfileByUser } from "@/db/queries/account";
import { changePassword } from "@/server/account/change-password";
import { deleteAccount } from "@/server/account/delete-account";
import { signOutEverywhere } from "@/server/account/sign-out-everywhere";
import { signOut } from "@/server/auth/auth";
import { reissueSessionCookie } from "@/server/auth/session-cookie";
import { authedAction } from "@/server/http/action";

export const updateProfileAction = authedAction(
  { schema: profileSchema, signInReturn: "/settings", keep: ["name", "timeZone"] },
  async ({ user, input }) => {
    await updateProfileByUser({ userId: user.id, name: input.name, timeZone: input.timeZone });
    revalidatePath("/", "layout");
    return { message: "Saved." };
  },
);

export const changePasswordAction = authedAction({ schema: changePasswordSchema, signInReturn: "/settings" }, async ({ user, input }) => {
  const generation = await changePassword({ userId: user.id, currentPassword: input.currentPassword, newPassword: input.newPassword, now: new Date() });
  await reissueSessionCookie({ userId: user.id, generation });
  return { message: "Password changed. You stay signed in here; every other device is signed out." };
});

export const signOutOtherDevicesAction = authedAction({ schema: z.object({}), signInReturn: "/settings" }, async ({ user }) => {
  const generation = await signOutEverywhere({ userId: user.id });
  await reissueSessionCookie({ userId: user.id, generation });
  return { message: "Every other device is signed out. This one stays signed in." };
});

export const deleteAccountAction = authedAction(
  { schema: deleteAccountSchema, signInReturn: "/settings", keep: ["confirmEmail"] },
  async ({ user, input }) => {
    await deleteAccount({ userId: user.id, confirmEmail: input.confirmEmail });
    // The account is gone, so this cookie is refused anyway; clearing it tidies the browser.
    await signOut({ redirectTo: "/sign-in?deleted=1" });
    return {};
  },
);
