/**
 * Every kind of entry in a case's history (`case_events.type`). Writers are typed against this list,
 * so a new kind cannot be written without being named here, and the dashboard's history shows each
 * one in words (a unit test checks every kind has a label in every dashboard language).
 */
export const caseEventTypes = [
  'case.opened',
  'case.intake_completed',
  'case.closed',
  'case.reopened',
  'case.referred',
  'case.erased',
  'case.shared',
  'case.unshared',
  'case.buiten_beeld',
  'case.back_in_view',
  'case.nearing_27',
  'contact.assigned',
  'contact.reassigned',
  /** A coach logged contact outside the chat (a call); counts as first contact. */
  'contact.logged',
  'regie.assigned',
  'step.changed',
  'route.changed',
  'intensity.changed',
  'handover.created',
  'handover.requested',
  'handover.acknowledged',
  'handover.moved',
  'handover.settled',
  'handover.reminded',
  'handover.escalated',
  'appointment.booked',
  'appointment.rescheduled',
  'appointment.cancelled',
  'appointment.no_show',
  'message.to_youth',
  'youth.message_for_coach',
  'nazorg.checkin_sent',
  'nazorg.answered',
  'reapproach.sent',
  'trusted_person.named',
  'feedback.given',
  'signal.received',
  'signal.invited',
  'entry.returned',
  'conversation.opted_out',
  'conversation.opted_in',
  'data_access.requested',
  'privacy.erasure_requested',
  'safety.signal',
] as const;

export type CaseEventType = (typeof caseEventTypes)[number];

export function isCaseEventType(value: string): value is CaseEventType {
  return (caseEventTypes as readonly string[]).includes(value);
}
