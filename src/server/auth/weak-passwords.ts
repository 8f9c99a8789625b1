// Passwords refused as too easy to guess: the most common ones (10+ characters), repetitions, keyboard and digit runs.

/** The commonest leaked passwords of 10+ characters (lower case), Russian keyboard habits included. */
const common = new Set([
  "1234567890",
  "0987654321",
  "1111111111",
  "0000000000",
  "1234512345",
  "1q2w3e4r5t",
  "1qaz2wsx3edc",
  "qwertyuiop",
  "password12",
  "password123",
  "password1234",
  "passw0rd12",
  "p@ssw0rd12",
  "qwerty1234",
  "qwerty12345",
  "qwerty123456",
  "iloveyou12",
  "1234qwerty",
  "abc1234567",
  "abcdefghij",
  "asdfghjkl1",
  "zxcvbnm123",
  "qazwsxedcr",
  "1q2w3e4r5t6y",
  "administrator",
  "admin12345",
  "admin123456",
  "welcome123",
  "letmein123",
  "football12",
  "princess12",
  "superman12",
  "michael123",
  "sunshine12",
  "1234567890q",
  "q1234567890",
  "12345678910",
  "123456789a",
  "a123456789",
  "123456789q",
  "parol12345",
  "parol123456",
  "gfhjkm1234",
  "ytpyf.123",
  "qweasdzxc1",
  "qweasdzxc123",
  "zaq12wsxcde",
  "1qazxsw23edc",
  "zvezda1234",
  "zvezda12345",
  "changeme123",
  "default123",
  "secret1234",
  "password!1",
  "pa$$word12",
]);

const keyboardRows = [
  "1234567890",
  "qwertyuiop",
  "asdfghjkl",
  "zxcvbnm",
  "йцукенгшщзхъ",
  "фывапролджэ",
  "ячсмитьбю",
  "abcdefghijklmnopqrstuvwxyz",
  "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
];

/** Whether `text` is one run along a keyboard row or the alphabet, forwards or backwards (wrapping `…890123…`). */
function isRun(text: string): boolean {
  return keyboardRows.some((row) => {
    const twice = row + row;
    const reversed = [...twice].reverse().join("");
    return twice.includes(text) || reversed.includes(text);
  });
}

/** The Russian reason `password` is too easy to guess, or undefined. */
export function weakPasswordProblem(password: string): string | undefined {
  const lower = password.toLowerCase();
  if (common.has(lower)) return "Этот пароль входит в список самых распространённых: придумайте другой";
  if (new Set(lower).size <= 3) return "Пароль состоит из повторов одних и тех же символов: придумайте другой";
  // A short block repeated (`abcabcabca`, `12341234`).
  if (/^(.{1,5})\1+.{0,4}$/.test(lower) && new Set(lower).size <= 5) return "Пароль состоит из повторов короткого фрагмента: придумайте другой";
  const core = lower.replace(/[\d!@#$%^&*.]+$/, "");
  if (isRun(lower) || (core.length >= 6 && (isRun(core) || common.has(core + "12"))))
    return "Пароль — последовательность символов подряд на клавиатуре: придумайте другой";
  return undefined;
}
