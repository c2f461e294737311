/** Domain errors: the api maps them to HTTP in one place (api/error-handler.ts). */
export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = this.constructor.name;
  }
}

export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = this.constructor.name;
  }
}

export class AccessDeniedError extends Error {
  constructor(message = 'Not allowed') {
    super(message);
    this.name = this.constructor.name;
  }
}

/** A request the domain refuses as given (a team of another municipality, sharing across municipalities). */
export class InvalidRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = this.constructor.name;
  }
}

/** Nobody active is left to take a young person (not in the role, nor in the Sociaal team): a setup error. */
export class NoCoachAvailableError extends Error {
  constructor(
    readonly municipality: string,
    readonly role: string,
  ) {
    super(`No active coach in ${municipality} for ${role} or the Sociaal team`);
    this.name = this.constructor.name;
  }
}
