import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { departmentCreateSchema, departmentListQuerySchema, departmentSchema, departmentUpdateSchema } from '../../core/organisations/department.schema.ts';
import { pageSchema } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import { createDepartment, listDepartments, setDepartmentActive, updateDepartment } from './department.service.ts';

const idParams = z.object({ id: z.uuid() });

export const departmentRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.get('/departments', {
    // Departments are public knowledge inside the government network, but not an enterprise's business.
    config: { permission: 'departments.view' },
    schema: { tags: ['organisations'], summary: 'Departments and what each supervises', querystring: departmentListQuerySchema, response: { 200: pageSchema(departmentSchema) } },
    handler: (request) => listDepartments(db, request.query),
  });

  app.post('/departments', {
    config: { permission: 'admin.departments' },
    schema: { tags: ['organisations'], summary: 'Create a department', body: departmentCreateSchema, response: { 201: departmentSchema } },
    handler: async (request, reply) => reply.code(201).send(await createDepartment(db, request.actor, request.body)),
  });

  app.patch('/departments/:id', {
    config: { permission: 'admin.departments' },
    schema: { tags: ['organisations'], summary: 'Edit a department: name, regions, industries (audited)', params: idParams, body: departmentUpdateSchema, response: { 200: departmentSchema } },
    handler: (request) => updateDepartment(db, request.actor, request.params.id, request.body),
  });

  app.post('/departments/:id/deactivate', {
    config: { permission: 'admin.departments' },
    schema: { tags: ['organisations'], summary: 'Deactivate a department (audited); 409 while it has active accounts', params: idParams, response: { 200: departmentSchema } },
    handler: (request) => setDepartmentActive(db, request.actor, request.params.id, false),
  });

  app.post('/departments/:id/reactivate', {
    config: { permission: 'admin.departments' },
    schema: { tags: ['organisations'], summary: 'Reactivate a department (audited)', params: idParams, response: { 200: departmentSchema } },
    handler: (request) => setDepartmentActive(db, request.actor, request.params.id, true),
  });
};
