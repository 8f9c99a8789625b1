// Reading a posted questionnaire: typed answers, notes and profile; a Russian message at each faulty field.
import { describe, expect, it } from "vitest";
import { loadDefaultMethodology } from "../../../src/cli/methodology-files.js";
import { readSubmission, type FormBody } from "../../../src/server/survey/read-submission.js";

const m = loadDefaultMethodology();
const seeker = (body: FormBody) => readSubmission(m.forms.seeker, m.scale, body, ["token"]);
const employer = (body: FormBody) => readSubmission(m.forms.employer, m.scale, body, ["token"]);
const errorsOf = (result: ReturnType<typeof seeker>) => (result.ok ? {} : Object.fromEntries(result.errors));

describe("readSubmission", () => {
  it("types scale answers as numbers and keeps choices, texts, notes, the closing comment and the profile", () => {
    const result = seeker({
      token: "t",
      q1: "10",
      q2: "07",
      q4: "dont_know",
      q13: "yes",
      q13ch: "  сайт  ",
      q13r: "3",
      note_q1: "Спасибо\r\nсотрудникам",
      comment: " Пожелание ",
      gender: "male",
      categories: ["pensioners", "disabled", "pensioners"],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.submission).toEqual({
      answers: { q1: 10, q2: 7, q4: "dont_know", q13: "yes", q13ch: "сайт", q13r: 3 },
      comments: { q1: "Спасибо\nсотрудникам", suggestions: "Пожелание" },
      profile: { gender: "male", categories: ["pensioners", "disabled"] },
    });
    expect(result.values.get("token")).toEqual(["t"]);
  });

  it("refuses a questionnaire without a single scaled answer, blank fields counting as unanswered", () => {
    const message = "Анкета пока пустая. Пожалуйста, оцените хотя бы одно утверждение по шкале от 1 до 10 — тогда мы сможем учесть Ваше мнение.";
    for (const body of [{}, { q1: "", q13ch: "   ", comment: "  ", categories: [] }, { q4: "yes", comment: "Всё хорошо", gender: "male" }]) {
      const result = seeker(body);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.formError).toBe(message);
    }
    expect(employer({ q4: "dont_know", ownership: "foreign" }).ok).toBe(false);
    expect(seeker({ q1: "", q15site: "4", comment: "  " })).toMatchObject({ ok: true, submission: { answers: { q15site: 4 }, comments: {}, profile: {} } });
    expect(employer({ q12: "yes", q12r: "8" })).toMatchObject({ ok: true, submission: { answers: { q12: "yes", q12r: 8 } } });
  });

  it("refuses values outside the scale or the options", () => {
    for (const v of ["0", "11", "1.5", "-1", "abc", "100"]) expect(errorsOf(seeker({ q1: v })), v).toEqual({ q1: "Выберите один из вариантов от 1 до 10" });
    expect(errorsOf(seeker({ q4: "maybe" }))).toEqual({ q4: "Выберите один из предложенных вариантов" });
    expect(errorsOf(seeker({ age: "101" }))).toEqual({ age: "Выберите один из предложенных вариантов" });
  });

  it("refuses two answers to a one-answer question", () => {
    expect(errorsOf(seeker({ q1: ["3", "4"] }))).toEqual({ q1: "Выберите только один ответ" });
    expect(errorsOf(seeker({ gender: ["male", "female"] }))).toEqual({ gender: "Выберите только один ответ" });
  });

  it("refuses an exclusive option combined with others", () => {
    expect(errorsOf(seeker({ categories: ["none", "orphans"] }))).toEqual({
      categories: "Вариант «Не отношусь ни к одной из перечисленных категорий граждан» нельзя сочетать с другими",
    });
    expect(seeker({ q1: "8", categories: "none" })).toMatchObject({ ok: true, submission: { profile: { categories: ["none"] } } });
  });

  it("refuses follow-ups whose condition does not hold", () => {
    expect(errorsOf(seeker({ q12: "no", q12r: "8" }))).toEqual({ q12r: "Этот ответ нужен, только если в вопросе 12 выбран вариант «Да»" });
    expect(errorsOf(seeker({ q13ch: "сайт" }))).toEqual({ q13ch: "Этот ответ нужен, только если в вопросе 13 выбран вариант «Да»" });
    expect(Object.keys(errorsOf(employer({ q14: "site", q14other: "выставка" })))).toEqual(["q14other"]);
    expect(errorsOf(employer({ ownership: "foreign", ownershipOther: "НКО" }))).toEqual({
      ownershipOther: "Заполните это поле, только если выбран вариант «Другое»",
    });
    expect(employer({ q1: "8", ownership: "other", ownershipOther: "НКО", q14: "other", q14other: "выставка" })).toMatchObject({ ok: true });
  });

  it("refuses over-long texts with the limit and the length", () => {
    expect(errorsOf(seeker({ q13: "yes", q13ch: "я".repeat(201) }))).toEqual({ q13ch: "Ответ слишком длинный: не более 200 символов" });
    expect(errorsOf(seeker({ note_q2: "я".repeat(1001) }))).toEqual({ note_q2: "Текст слишком длинный: не более 1000 символов (сейчас 1001)" });
    expect(errorsOf(seeker({ comment: "я".repeat(2001) }))).toEqual({ comment: "Текст слишком длинный: не более 2000 символов (сейчас 2001)" });
    expect(seeker({ q2: "3", comment: "я".repeat(2000) }).ok).toBe(true);
  });

  it("refuses unknown fields with a message about the whole form, keeping what was entered", () => {
    const result = seeker({ q1: "5", admin: "1", note_q4: "нет такого примечания" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.formError).toBe("Форма содержит неизвестные поля: admin, note_q4. Обновите страницу и заполните анкету ещё раз.");
    expect(result.values.get("q1")).toEqual(["5"]);
    expect(result.errors.size).toBe(0);
  });
});
