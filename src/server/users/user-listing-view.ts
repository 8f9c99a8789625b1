// A stored account listing as the contract carries it: instants as ISO strings.
import type { UserListing } from "../../contract/users.js";
import { toIso } from "../../contract/common.js";
import type { UserListing as StoredListing } from "../../db/index.js";

/** The listing of an account that exists (it was just written or read in scope). */
export function userListingView(row: StoredListing | undefined): UserListing {
  if (!row) throw new Error("the account listing vanished while it was being answered");
  return { ...row, lockedUntil: toIso(row.lockedUntil), lastLoginAt: toIso(row.lastLoginAt) };
}
