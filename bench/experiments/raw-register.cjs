// Experiment (`--experiment=raw-register`): what a join's registration costs in Express and Nest's pipeline. The
// registration request (`POST /api/join/:code/participants`) is answered before Express sees it: the body read and
// parsed by hand, checked by the same validation pipe, registered by the same ParticipantsService, answered with
// the same JSON (201). Everything else goes to Express as before. Not for the api: it skips the security headers.
'use strict';
const http = require('node:http');
const { join } = require('node:path');

const dist = join(__dirname, '../../apps/api/dist');
const core = require(require.resolve('@nestjs/core', { paths: [dist] }));
const { ParticipantsService } = require(join(dist, 'participants/participants.service.js'));
const { RegisterParticipantDto } = require(join(dist, 'participants/dto/register-participant.dto.js'));
const { createValidationPipe } = require(join(dist, 'common/validation.js'));
const { DomainError, httpStatusOf } = require(join(dist, 'common/domain-error.js'));

let app = null;
const create = core.NestFactory.create;
core.NestFactory.create = async function captured(...args) {
  app = await create.apply(this, args);
  return app;
};

const ROUTE = /^\/api\/join\/([^/?]+)\/participants$/;
const pipe = createValidationPipe();
const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function listenWithRawRegister(...args) {
  const [express] = this.listeners('request');
  if (express && app) {
    this.removeAllListeners('request');
    this.on('request', (req, res) => {
      const match = req.method === 'POST' && ROUTE.exec(req.url);
      if (!match) return express(req, res);
      const chunks = [];
      req.on('data', (chunk) => chunks.push(chunk));
      req.on('end', async () => {
        const reply = (status, body) => {
          const text = JSON.stringify(body);
          res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
          res.end(text);
        };
        try {
          const dto = await pipe.transform(JSON.parse(Buffer.concat(chunks).toString('utf8')), { type: 'body', metatype: RegisterParticipantDto });
          reply(201, await app.get(ParticipantsService).register(decodeURIComponent(match[1]), dto, req.socket.remoteAddress ?? 'unknown'));
        } catch (error) {
          if (error instanceof DomainError) reply(httpStatusOf(error.code), { statusCode: httpStatusOf(error.code), code: error.code, message: error.message });
          else reply(500, { statusCode: 500, code: 'INTERNAL', message: String(error) });
        }
      });
    });
  }
  return listen.apply(this, args);
};
