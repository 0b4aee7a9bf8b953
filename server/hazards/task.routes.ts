import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { taskDetailSchema, taskListQuerySchema, taskResultsBodySchema, taskSchema } from '../../core/hazards/investigation-task.schema.ts';
import { pageQuerySchema, pageSchema } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import { executeTask } from './task-execution.service.ts';
import { getTask, searchTasks } from './task.service.ts';

const idParams = z.object({ id: z.uuid() });

export const taskRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.get('/investigation-tasks', {
    config: { permission: 'investigations.view' },
    schema: {
      tags: ['hazards'],
      summary: 'Investigation tasks (排查任务) of enterprises in the caller’s scope, with filters and pagination',
      querystring: taskListQuerySchema.extend(pageQuerySchema.shape),
      response: { 200: pageSchema(taskSchema) },
    },
    handler: (request) => searchTasks(db, request.actor, request.query),
  });

  app.get('/investigation-tasks/:id', {
    config: { permission: 'investigations.view' },
    schema: {
      tags: ['hazards'],
      summary: 'One task with the checklist items its enterprise answers and, once done, the results',
      params: idParams,
      response: { 200: taskDetailSchema },
    },
    handler: (request) => getTask(db, request.actor, request.params.id),
  });

  app.post('/investigation-tasks/:id/results', {
    config: { permission: 'investigations.execute' },
    schema: {
      tags: ['hazards'],
      summary: 'Execute a task: one result per item; a failed item creates a hazard. 409 INVALID_TRANSITION when not open or outside its period',
      params: idParams,
      body: taskResultsBodySchema,
      response: { 201: taskDetailSchema },
    },
    handler: async (request, reply) => reply.code(201).send(await executeTask(db, request.actor, request.params.id, request.body)),
  });
};
