// Calls to the server. Every POST carries X-Postlint-Client (the server's CSRF rule) and,
// when the server was started with one, the token from the address's #token= fragment.

import type { CheckResponse, ConfigFileResponse, FormDescription, Settings } from "./types";

const TOKEN_KEY = "postlint.token";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Takes a token from ``#token=...`` into this tab's session storage, out of the address. */
export function adoptTokenFromAddress(): void {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, "", window.location.pathname + window.location.search);
  }
}

export function setToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token.trim());
}

function headers(json: boolean): Record<string, string> {
  const result: Record<string, string> = {};
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) result.Authorization = `Bearer ${token}`;
  if (json) {
    result["Content-Type"] = "application/json";
    result["X-Postlint-Client"] = "postlint-page";
  }
  return result;
}

async function call<T>(path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, {
    method: body === undefined ? "GET" : "POST",
    headers: headers(body !== undefined),
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
  const data = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) throw new ApiError(response.status, String(data.error ?? response.statusText));
  return data as T;
}

export interface CheckRequest {
  text: string;
  markup: "plain" | "markdown" | "html";
  config: Settings;
}

export const api = {
  form: () => call<FormDescription>("/api/form"),
  check: (request: CheckRequest, signal: AbortSignal) =>
    call<CheckResponse>("/api/check", request, signal),
  parseConfig: (toml: string) => call<ConfigFileResponse>("/api/config/parse", { toml }),
  writeConfig: (config: Settings) => call<ConfigFileResponse>("/api/config/toml", { config }),
};
