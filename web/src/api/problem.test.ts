import { ApiError, apiErrorOf, describeError } from './problem';

const problemResponse = (status: number, body: object, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });

describe('problem+json', () => {
  it('reads the field errors of a validation problem, first message per field', async () => {
    const error = await apiErrorOf(
      problemResponse(400, {
        title: 'Bad Request',
        status: 400,
        errors: [
          { field: 'size', message: 'must be less than or equal to 100' },
          { field: 'size', message: 'second' },
          { field: 'page', message: 'must be greater than or equal to 0' },
        ],
      }),
    );
    expect(error.status).toBe(400);
    expect(error.fieldErrors).toEqual({ size: 'must be less than or equal to 100', page: 'must be greater than or equal to 0' });
  });

  it('keeps Retry-After of a 429', async () => {
    const error = await apiErrorOf(problemResponse(429, { title: 'Too Many Requests' }, { 'Retry-After': '30' }));
    expect(error.retryAfterSeconds).toBe(30);
  });

  it('has no problem when the body is not JSON', async () => {
    const error = await apiErrorOf(new Response('<html>bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }));
    expect(error.problem).toBeNull();
    expect(error.status).toBe(502);
  });

  it('says in Danish what went wrong, naming the service the gateway could not reach', () => {
    expect(describeError(new ApiError(503, { title: 'lead-service is unavailable', service: 'lead-service' }))).toBe(
      'En tjeneste svarer ikke (lead-service). Prøv igen om lidt.',
    );
    expect(describeError(new ApiError(403, null))).toBe('Du har ikke adgang til dette.');
    expect(describeError(new ApiError(409, { detail: 'Quote is ACCEPTED' }))).toBe('Quote is ACCEPTED');
    expect(describeError(new TypeError('Failed to fetch'))).toBe('Ingen forbindelse til RenOS. Tjek netværket og prøv igen.');
  });
});
