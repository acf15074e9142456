import type { FakeApi, FakeRequest, FakeRequestHead, FakeResponse } from "../fake-server";
import { alertSourceRoutes } from "./alert-sources";
import { alertRoutes } from "./alerts";
import { dutyPreferenceRoutes } from "./duty-preferences";
import { emailContactRoutes } from "./email-contacts";
import { ilertError } from "./errors";
import { escalationPolicyRoutes } from "./escalation-policies";
import { eventRoutes } from "./events";
import { phoneContactRoutes } from "./phone-contacts";
import { Route, dispatch, routes } from "./routing";
import { scheduleRoutes } from "./schedules";
import type { IlertSeed } from "./seed";
import { IlertStore } from "./store";
import { supportHourRoutes } from "./support-hours";
import { teamRoutes } from "./teams";
import { userRoutes } from "./users";

export type { IlertSeed } from "./seed";
export { readSeed } from "./seed";
import type { IlertAlert } from "./types";

export type { IlertAlert };

/** What the assertions read: loosely typed on purpose, they read any field of the API's JSON. */
export interface IlertState {
  readonly alertSources: Map<number, any>;
  readonly escalationPolicies: Map<number, any>;
  readonly schedules: Map<number, any>;
  readonly teams: Map<number, any>;
  readonly users: Map<number, any>;
  readonly emailContacts: Map<number, any>;
  readonly phoneContacts: Map<number, any>;
  readonly dutyPreferences: Map<number, any>;
  readonly supportHours: Map<number, any>;
  readonly alerts: IlertAlert[];
}

/** The event intake: authenticated by the integration key in its URL, not by the API token. */
const EVENT_INTAKE = /^\/api\/v1\/events\//;

/**
 * A stateful in-memory iLert REST API: what the iLert Terraform provider 2.20.0 (ilert-go v3.19.0) calls
 * for every kind the library declares or reads (fakes/coverage.ts): alert sources, escalation
 * policies, schedules, teams, users, their contacts and on-call reminders, support hours, the lookups,
 * plus the Datadog event intake and the alerts it opens. One file per resource. It answers as the real API does and refuses
 * what it would refuse; what neither the client nor the provider shows is marked UNCERTAIN.
 */
export class IlertFake implements FakeApi {
  readonly name = "ilert";
  /** Set by the runner once the server listens; integration URLs are `${baseUrl}/api/v1/events/datadog/${integrationKey}`. */
  baseUrl = "";
  private readonly store: IlertStore;
  private readonly apiToken: string;
  private readonly routes: Route[];

  constructor(options: { seed: IlertSeed; apiToken: string }) {
    this.store = new IlertStore(options.seed);
    this.apiToken = options.apiToken;
    this.routes = [
      ...alertSourceRoutes(this.store, (key) => this.integrationUrl(key)),
      ...escalationPolicyRoutes(this.store),
      ...scheduleRoutes(this.store),
      ...teamRoutes(this.store),
      ...supportHourRoutes(this.store),
      ...userRoutes(this.store),
      ...emailContactRoutes(this.store),
      ...phoneContactRoutes(this.store),
      ...dutyPreferenceRoutes(this.store),
      ...eventRoutes(this.store),
      ...alertRoutes(this.store),
    ];
  }

  /**
   * Read-only views for assertions, in the API's JSON shape. An alert source's `status` is computed when
   * answered, so it is not in here; duty preferences carry their `userId`.
   */
  get state(): IlertState {
    return this.store;
  }

  authenticate(request: FakeRequestHead): void {
    if (!EVENT_INTAKE.test(request.path) && request.headers.authorization !== `Bearer ${this.apiToken}`) {
      throw ilertError(401, "missing or invalid API token (Authorization: Bearer <token>)");
    }
  }

  handle(request: FakeRequest): FakeResponse {
    return dispatch(this.routes, request);
  }

  /** Whether the fake answers `method` `path` (with ids in place of parameters), rather than refusing it as unknown. */
  answers(method: string, path: string): boolean {
    return routes(this.routes, method, path);
  }

  /**
   * The body of an error the server raises itself. No `status` in it: ilert-go takes the status from the
   * body when there is one, so leaving it out makes it use the HTTP status of an injected fault.
   */
  errorBody(message: string): unknown {
    return { message, code: "ERROR" };
  }

  private integrationUrl(integrationKey: string): string {
    if (this.baseUrl === "") throw new Error("IlertFake.baseUrl must be set before alert sources are created");
    return `${this.baseUrl}/api/v1/events/datadog/${integrationKey}`;
  }
}
