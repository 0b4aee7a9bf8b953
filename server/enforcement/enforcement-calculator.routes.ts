import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  dailyPenalty,
  dailyPenaltyInputSchema,
  dailyPenaltySchema,
  lateSurcharge,
  lateSurchargeInputSchema,
  lateSurchargeSchema,
  presentDailyPenalty,
  presentLateSurcharge,
} from '../../core/enforcement/enforcement-calculators.ts';

/** The enforcement calculators (issue 14): pure rules of core/enforcement, for every signed-in user. */
export const enforcementCalculatorRoutes = (): FastifyPluginAsyncZod => async (app) => {
  app.post('/enforcement/daily-penalty', {
    config: { permission: 'app.use' },
    schema: {
      tags: ['enforcement'],
      summary:
        '按日连续处罚 (安全生产法 Art. 112): days = calendar days after orderedOn up to and including correctedOn; amountYuan = originalFineYuan × days, exact to the fen. correctedOn before orderedOn → 400',
      body: dailyPenaltyInputSchema,
      response: { 200: dailyPenaltySchema },
    },
    handler: (request) => presentDailyPenalty(dailyPenalty(request.body.originalFineYuan, request.body.orderedOn, request.body.correctedOn)),
  });

  app.post('/enforcement/late-payment-surcharge', {
    config: { permission: 'app.use' },
    schema: {
      tags: ['enforcement'],
      summary:
        '加处罚款 (行政处罚法 Art. 72): 3 % of the fine for every day after dueOn up to and including paidOn, rounded half up to the fen on the total, never more than the fine; paid on or before dueOn → 0 days',
      body: lateSurchargeInputSchema,
      response: { 200: lateSurchargeSchema },
    },
    handler: (request) => presentLateSurcharge(lateSurcharge(request.body.fineYuan, request.body.dueOn, request.body.paidOn)),
  });
};
