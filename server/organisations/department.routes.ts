import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { departmentCreateSchema, departmentSchema } from '../../core/organisations/department.schema.ts';
import { pageQuerySchema, pageSchema } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import { createDepartment, listDepartments } from './department.service.ts';

export const departmentRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.get('/departments', {
    // Departments are public knowledge inside the government network, but not an enterprise's business.
    config: { roles: ['admin', 'regulator', 'inspector', 'expert'] },
    schema: { tags: ['organisations'], summary: 'Departments and what each supervises', querystring: pageQuerySchema, response: { 200: pageSchema(departmentSchema) } },
    handler: (request) => listDepartments(db, request.query),
  });

  app.post('/departments', {
    config: { roles: ['admin'] },
    schema: { tags: ['organisations'], summary: 'Create a department', body: departmentCreateSchema, response: { 201: departmentSchema } },
    handler: async (request, reply) => reply.code(201).send(await createDepartment(db, request.actor, request.body)),
  });
};
