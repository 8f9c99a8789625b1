// The password rules of the sign-in and password routes: the contract's plain rules, then the list of weak passwords.
import { passwordRuleProblem } from "../../contract/roles.js";
import { weakPasswordProblem } from "./weak-passwords.js";

export { minPasswordLength } from "../../contract/roles.js";
export { loginBody, passwordChangeBody } from "../../contract/auth.js";

/** The problem with `password` as a new password for `login`, in Russian, or undefined when it is acceptable. */
export function newPasswordProblem(login: string, password: string): string | undefined {
  return passwordRuleProblem(login, password) ?? weakPasswordProblem(password);
}
