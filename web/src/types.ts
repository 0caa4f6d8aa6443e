// The JSON API's shapes (src/postlint/web/models.py; docs/web-api.schema.json).

export type Severity = "error" | "warning" | "info";
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Settings = { [key: string]: Json };

export interface Fix {
  kind: "rewrite" | "disclosure" | "suppress";
  title: string;
  start_utf16: number;
  end_utf16: number;
  replacement: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  blocking: boolean;
  message: string;
  start_utf16: number;
  end_utf16: number;
  line: number;
  column: number;
  evidence: string;
  confidence: number;
  summary: string;
  why: string;
  instead: string;
  guidance: string;
  link: string;
  fixes: Fix[];
}

export interface CheckResponse {
  postlint_version: string;
  profile: string;
  pipeline: string;
  ready: boolean;
  summary: string;
  findings: Finding[];
  suppressed: { rule: string; message: string; line: number; reason: string }[];
  length: { platform: string; length: number; limit: number | null; over: boolean } | null;
}

export interface Option {
  value: string;
  label: string;
  help: string;
}

export interface FormField {
  path: string;
  label: string;
  widget: "text" | "textarea" | "lines" | "posts" | "choice" | "checkbox" | "date" | "number" | "group";
  help: string;
  options: Option[];
  nullable: boolean;
  default: Json;
  items: FormField[];
}

export interface FormDescription {
  sections: { id: string; title: string; fields: FormField[] }[];
  defaults: Settings;
}

export interface ConfigFileResponse {
  config: Settings;
  toml: string;
  warnings: string[];
}
