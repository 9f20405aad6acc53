// A client written against the types openapi-typescript generates from /openapi/v1.json. It must compile under
// `tsc --strict`; each @ts-expect-error line must be an error, or tsc reports the directive as unused.
import type { components, paths } from "./api";

type HandoutBody = components["schemas"]["HandoutBody"];
type ExportBody = components["schemas"]["ExportBody"];

const handout: HandoutBody = { units: ["leonid-1"], kind: "teacher", paper: "a4", format: "docx", count: 6, seed: 3, themes: ["propaganda"], audience: "6-8" };
const exportBody: ExportBody = { units: ["ivan-2"], lms: "gift" };

// @ts-expect-error a format outside the enum
const badFormat: HandoutBody = { units: ["leonid-1"], format: "odt" };
// @ts-expect-error a kind outside the enum
const badKind: HandoutBody = { units: ["leonid-1"], kind: "poster" };
// @ts-expect-error count is an integer, not a string
const badCount: HandoutBody = { units: ["leonid-1"], count: "6" };
// @ts-expect-error a theme outside the enum
const badTheme: HandoutBody = { units: ["leonid-1"], themes: ["war"] };
// @ts-expect-error a package outside the enum
const badLms: ExportBody = { units: ["leonid-1"], lms: "scorm" };

type HandoutResponses = paths["/api/handouts"]["post"]["responses"];
type Word = HandoutResponses[200]["content"]["application/vnd.openxmlformats-officedocument.wordprocessingml.document"];
type Problem = HandoutResponses[400]["content"]["application/problem+json"];
const problem: Problem = { title: "One or more validation errors occurred.", status: 400, errors: { format: ["'format': unknown format 'odt'"] } };

export const used = [handout, exportBody, badFormat, badKind, badCount, badTheme, badLms, problem] as const;
export type { Word };
