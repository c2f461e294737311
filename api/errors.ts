/** Errors the api raises itself at its edge (bad input, auth). Domain errors live in cases/errors.ts. */
export class BadRequestError extends Error {
  readonly statusCode = 400;
  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = this.constructor.name;
  }
}

export class UnauthorizedError extends Error {
  readonly statusCode = 401;
  constructor(message = 'A valid bearer token is required') {
    super(message);
    this.name = this.constructor.name;
  }
}

export class ForbiddenError extends Error {
  readonly statusCode = 403;
  constructor(message = 'Not allowed') {
    super(message);
    this.name = this.constructor.name;
  }
}

/** The database did not take the write; the caller (Twilio) should retry. */
export class NotStoredError extends Error {
  readonly statusCode = 503;
  constructor(message = 'Not stored, try again') {
    super(message);
    this.name = this.constructor.name;
  }
}
