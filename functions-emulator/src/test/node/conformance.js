'use strict';
// Runs every operation of LivePerson's official Node client (liveperson-functions-client,
// pinned in package.json) against a running emulator and prints one JSON line per check:
// {"check": name, "passed": true|false, "detail": "..."}. The JUnit test that starts the
// emulators reads these lines; this script asserts nothing about our own client.
//
// How the client is pointed at the emulator, through its own extension points only:
// - discovery: the client's own CsdsClient, with getCsdsDomain() (its hard-coded
//   LivePerson CSDS hosts) overridden to the emulator, passed as tooling.getCsdsEntry;
// - sentinel: the client builds https://{sentinel}/sentinel/api/account/{id}/app/token
//   by string, so discovery may name host:port, always over https;
// - faasGW/faasUI: the client builds these URLs with url.format({hostname}), which cannot
//   carry a port, and detects V2 by 'functions' in the host name; so they are named
//   faas.localhost (V1) or functions.localhost (V2), and Node's global agents connect that
//   name to the emulator's port, as a hosts file and a port forward would.
const http = require('http');
const https = require('https');
const { Client } = require('liveperson-functions-client');
const { CsdsClient } = require('liveperson-functions-client/build/src/helper/csdsClient');

const env = process.env;
const platform = env.PLATFORM; // V1 or V2
const protocol = env.PROTOCOL; // http or https
const gatewayHost = platform === 'V2' ? 'functions.localhost' : 'faas.localhost';
const ports = { http: Number(env.HTTP_PORT), https: Number(env.HTTPS_PORT) };

function routed(options, port) {
  return options.host === gatewayHost ? { ...options, host: '127.0.0.1', port, servername: gatewayHost } : options;
}

class RoutingHttpAgent extends http.Agent {
  createConnection(options, callback) {
    return super.createConnection(routed(options, ports.http), callback);
  }
}

class RoutingHttpsAgent extends https.Agent {
  createConnection(options, callback) {
    return super.createConnection(routed(options, ports.https), callback);
  }
}

http.globalAgent = new RoutingHttpAgent({ keepAlive: true });
https.globalAgent = new RoutingHttpsAgent({ keepAlive: true });

class EmulatorCsds extends CsdsClient {
  getCsdsDomain() {
    return `localhost:${ports.http}`;
  }
}

const csds = new EmulatorCsds(600);
async function getCsdsEntry(accountId, service) {
  // the emulator's own discovery answer must list the service
  const listed = await csds.get(accountId, service);
  if (!listed) {
    throw new Error(`discovery lists no ${service}`);
  }
  return service === 'sentinel' ? `localhost:${ports.https}` : gatewayHost;
}

function client(clientSecret) {
  return new Client(
    {
      accountId: env.ACCOUNT_ID,
      authStrategy: { clientId: env.CLIENT_ID, clientSecret },
      protocol,
      failOnErrorStatusCode: true,
      timeout: 10000,
    },
    { getCsdsEntry },
  );
}

const results = [];
async function check(name, operation) {
  try {
    const detail = await operation();
    results.push({ check: name, passed: true, detail: String(detail || 'ok') });
  } catch (error) {
    results.push({ check: name, passed: false, detail: `${error.name}: ${error.message}` });
  }
}

function expect(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

async function failure(operation) {
  try {
    await operation();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure, but the call succeeded');
}

function statusOf(error) {
  let cause = error;
  while (cause) {
    if (cause.jse_info && cause.jse_info.response) {
      return cause.jse_info.response.status;
    }
    cause = cause.jse_cause;
  }
  return undefined;
}

const uuids = (listing) => listing.map((fn) => fn.uuid).sort().join(',');

async function main() {
  const faas = client(env.CLIENT_SECRET);
  const body = { headers: [{ key: 'Accept-Language', value: 'en-US' }], payload: { hello: 'world' } };

  await check('invoke by uuid', async () => {
    const response = await faas.invoke({ lambdaUuid: env.ECHO_UUID, externalSystem: 'conformance', body });
    expect(response.ok && response.status === 200, `status ${response.status}`);
    expect(JSON.stringify(response.body) === '{"hello":"world"}', `body ${JSON.stringify(response.body)}`);
  });
  await check('invoke by event', async () => {
    const response = await faas.invoke({ eventId: env.EVENT_ID, lpEventSource: 'conformance', body });
    expect(Array.isArray(response.body), `body ${JSON.stringify(response.body)}`);
    expect(response.body.length === 1 && response.body[0].uuid === env.ECHO_UUID, JSON.stringify(response.body));
  });
  await check('isImplemented without skill', async () => {
    expect((await faas.isImplemented({ eventId: env.EVENT_ID, externalSystem: 'conformance' })) === true,
      'bound event not implemented');
    expect((await faas.isImplemented({ eventId: 'bot_connectors_pre_hook', externalSystem: 'conformance' })) === false,
      'unbound event implemented');
  });
  await check('isImplemented with skill', async () => {
    expect((await faas.isImplemented({ eventId: env.EVENT_ID, skillId: '12', externalSystem: 'conformance' })) === true,
      'bound event not implemented for a skill');
  });
  await check('getLambdas', async () => {
    const all = await faas.getLambdas({ externalSystem: 'conformance' });
    expect(all.ok && Array.isArray(all.body), `status ${all.status}`);
    expect(uuids(all.body) === env.ALL_UUIDS, `listed ${uuids(all.body)}`);
    const shaped = all.body.find((fn) => fn.uuid === env.ECHO_UUID);
    const field = platform === 'V2' ? 'skills' : 'implementation';
    expect(shaped[field] !== undefined, `no ${field} in ${JSON.stringify(shaped)}`);
    const some = await faas.getLambdas({ state: ['Modified', 'Draft'], externalSystem: 'conformance' });
    expect(uuids(some.body) === env.NOT_PRODUCTIVE_UUIDS, `listed ${uuids(some.body)} for two states`);
    const bound = await faas.getLambdas({ eventId: env.EVENT_ID, state: 'Productive' });
    expect(uuids(bound.body) === env.ECHO_UUID, `listed ${uuids(bound.body)} for the event`);
  });
  if (platform === 'V2') {
    await check('getFunctions', async () => {
      const all = await faas.getFunctions({});
      expect(all.ok && Array.isArray(all.body), `status ${all.status}`);
      expect(uuids(all.body) === env.ALL_UUIDS, `listed ${uuids(all.body)}`);
      const echo = all.body.find((fn) => fn.uuid === env.ECHO_UUID);
      expect(JSON.stringify(echo.skills) === '["12"]' && echo.isCompV1 === false && echo.size === 'S',
        `shape ${JSON.stringify(echo)}`);
      const named = await faas.getFunctions({ functionName: env.ECHO_NAME, userId: 'u1', state: ['Productive'] });
      expect(uuids(named.body) === env.ECHO_UUID, `listed ${uuids(named.body)} by name`);
    });
  }
  await check('error mapping: function failure', async () => {
    const error = await failure(() => faas.invoke({ lambdaUuid: env.FAILING_UUID, externalSystem: 'conformance', body }));
    expect(error.name === 'FaaSLambdaError', `${error.name}: ${error.message}`);
    expect(statusOf(error) === 901, `status ${statusOf(error)}`);
  });
  await check('error mapping: unknown function', async () => {
    const error = await failure(() => faas.invoke({ lambdaUuid: env.UNKNOWN_UUID, externalSystem: 'conformance', body }));
    expect(error.name === 'FaaSInvokeError', `${error.name}: ${error.message}`);
    expect(statusOf(error) === 404, `status ${statusOf(error)}`);
  });
  await check('error mapping: wrong client secret', async () => {
    const error = await failure(() => client('wrong-secret').invoke({ lambdaUuid: env.ECHO_UUID, body }));
    expect(error.name === 'FaaSInvokeError', `${error.name}: ${error.message}`);
    expect(/AppJWT/.test(`${error.message} ${error.jse_cause && error.jse_cause.message}`), error.message);
  });
  for (const result of results) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(2);
  },
);
