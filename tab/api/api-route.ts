import type { Identity } from "../../core/participant";

/** A request to the tab's API, after the host has verified the caller's token (when the route needs one). */
export interface ApiRequest {
  readonly identity?: Identity;
  readonly body: unknown;
  readonly params: Readonly<Record<string, string>>;
  /** The URL's query parameters (the first value of each name); absent when the request had none. */
  readonly query?: Readonly<Record<string, string>>;
}

/** A download (a CSV export): sent as these bytes with its type and an attachment file name, not as JSON. */
export interface ApiFile {
  readonly contentType: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface ApiResponse {
  readonly status: number;
  readonly body: unknown;
  /** When set, the host sends this file instead of `body` as JSON. */
  readonly file?: ApiFile;
}

/**
 * One route of the tab's API, framework-neutral: the host (server/) mounts every route of the table and
 * enforces `access` before `handle` runs, so a route cannot forget its token check.
 */
export interface ApiRoute {
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  readonly path: string;
  /**
   * "signed-in": a verified token is required and `identity` is set; "hr": the same, and the caller must
   * be an HR admin (403 otherwise); "public": no token (config, dev sign-in).
   */
  readonly access: "public" | "signed-in" | "hr";
  handle(request: ApiRequest): Promise<ApiResponse>;
}

/** The identity of a signed-in route; the host guarantees it. */
export function signedIn(request: ApiRequest): Identity {
  if (request.identity === undefined) throw new Error("A signed-in route ran without a verified identity.");
  return request.identity;
}
