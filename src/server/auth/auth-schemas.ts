// The JSON bodies of the sign-in and password routes.
import { z } from "zod";
import { weakPasswordProblem } from "./weak-passwords.js";

/** Minimum length of a new password (the CLI applies the same rule). */
export const minPasswordLength = 10;

export const loginBody = z.object({
  login: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(1024),
});

export const passwordChangeBody = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().max(1024),
});

/** The problem with `password` as a new password for `login`, in Russian, or undefined when it is acceptable. */
export function newPasswordProblem(login: string, password: string): string | undefined {
  if (password.length < minPasswordLength) return `Пароль должен быть не короче ${minPasswordLength} символов`;
  if (password.trim().toLowerCase() === login.trim().toLowerCase()) return "Пароль не должен совпадать с логином";
  return weakPasswordProblem(password);
}
