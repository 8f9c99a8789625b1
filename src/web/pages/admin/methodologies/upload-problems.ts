// The problems of a refused methodology upload, one per path, from the server's details
// (`{ problems: [{ path, message }] }`), or the message alone for any other refusal.
import { refusalProblems } from "../../../api/http";

export interface UploadProblem {
  /** Where in the document: "groups[0].max"; "(файл)" for the document as a whole. */
  path: string;
  text: string;
}

/** The problems named by a failed upload, or one problem without a path when it lists none. */
export function uploadProblems(failure: unknown): UploadProblem[] {
  const problems = refusalProblems(failure);
  if (problems && problems.length > 0) return problems.map((p) => ({ path: p.path || "(файл)", text: p.message }));
  return [{ path: "", text: (failure as Error).message }];
}
