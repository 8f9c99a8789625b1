// The password policy refuses the examples and other guessable passwords, and accepts ordinary good ones.
import { describe, expect, it } from "vitest";
import { newPasswordProblem } from "../../../src/server/auth/auth-schemas.js";

describe("weak passwords", () => {
  it("refuses common, repetitive and sequential passwords", () => {
    for (const weak of [
      "1234567890",
      "aaaaaaaaaa",
      "password12",
      "Password12",
      "qwertyuiop",
      "0987654321",
      "abababababab",
      "1212121212",
      "abcdefghij1",
      "qwertyuiop!",
      "йцукенгшщз",
      "7890123456",
    ]) {
      expect(newPasswordProblem("someone", weak), weak).toBeDefined();
    }
  });
  it("accepts passwords that are merely ordinary", () => {
    for (const fine of [
      "correct-horse-42",
      "brand-new-pass-2",
      "zvezda-admin",
      "deputy-secret-77",
      "only-i-know-it-2",
      "radmin-knows-it-1",
      "Тополь-у-реки-9",
    ]) {
      expect(newPasswordProblem("someone", fine), fine).toBeUndefined();
    }
  });
});
