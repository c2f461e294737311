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
