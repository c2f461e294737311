import type { i18n } from 'i18next';
import type { DataProtector } from '../cases/data-protector';
import type { DbOrTx } from '../drizzle/connection';
import { outboundMessages, type Municipality } from '../drizzle/schema';

/**
 * Writes the WhatsApp notice to a coach about a new handover: the `handover_coach` Content template
 * (a coach is outside any 24-hour window), with the coach's first name, the route and municipality,
 * and the link to the handover. Nothing about the young person's story travels over WhatsApp.
 */
export async function queueCoachNotice(
  deps: { i18n: i18n; protector: DataProtector; publicBaseUrl: string },
  tx: DbOrTx,
  input: { coach: { id: string; firstName: string; municipality: Municipality }; handoverId: string; route: string },
): Promise<number[]> {
  const t = deps.i18n.getFixedT('nl', 'coach');
  const variables = {
    '1': input.coach.firstName,
    '2': t('notice.routeLine', { route: t(`routes.${input.route}`), municipality: t(`municipality.${input.coach.municipality}`) }),
    '3': `${deps.publicBaseUrl}/api/handovers/${input.handoverId}`,
  };
  const [notice] = await tx
    .insert(outboundMessages)
    .values({
      coachId: input.coach.id,
      channel: 'whatsapp',
      kind: 'template',
      templateName: 'handover_coach',
      bodyEnc: deps.protector.encrypt(`handover ${input.handoverId}`),
      contentVariablesEnc: deps.protector.encrypt(JSON.stringify(variables)),
    })
    .returning({ id: outboundMessages.id });
  return notice ? [notice.id] : [];
}
