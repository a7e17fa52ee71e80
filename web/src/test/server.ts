// One mock server for every component test: msw answers the API at the network layer, so the
// real fetch, API client, CSRF and 401 handling run as in the browser.
import { setupServer } from 'msw/node';

export const server = setupServer();
