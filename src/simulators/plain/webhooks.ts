import { createHmac, randomUUID } from 'node:crypto';
import { createWebhookSender, type WebhookSender } from '../webhooks.js';
import type { SimThread } from './dataset.js';

/**
 * Plain's webhook targets: `{id, type, timestamp, workspaceId, payload: {eventType, thread},
 * webhookMetadata}`, signed in `Plain-Request-Signature` (hex HMAC-SHA256 of the body with the
 * workspace's request-signing secret).
 */

export const PLAIN_SIM_WORKSPACE_ID = 'w_01DESKGRAPHSIMULATOR00000';

/** The thread events the simulator's mutations cause. */
export type PlainThreadEventType =
  | 'thread.thread_created'
  | 'thread.thread_status_transitioned'
  | 'thread.thread_priority_changed'
  | 'thread.thread_assignment_transitioned'
  | 'thread.email_sent'
  | 'thread.note_created';

export const plainWebhookSender = (): WebhookSender =>
  createWebhookSender((body, secret) => ({ 'plain-request-signature': createHmac('sha256', secret).update(body).digest('hex') }));

export const sendPlainThreadEvent = (sender: WebhookSender, eventType: PlainThreadEventType, thread: SimThread): void => {
  const timestamp = new Date().toISOString();
  sender.send(
    JSON.stringify({
      id: `pEv_${randomUUID().replaceAll('-', '')}`,
      type: eventType,
      timestamp,
      workspaceId: PLAIN_SIM_WORKSPACE_ID,
      payload: {
        eventType,
        thread: {
          id: thread.id,
          ref: thread.ref,
          title: thread.title,
          previewText: thread.previewText,
          priority: thread.priority,
          externalId: thread.externalId,
          status: thread.status,
          statusChangedAt: thread.statusChangedAt,
          customer: { id: thread.customerId },
          createdAt: thread.createdAt,
          updatedAt: thread.updatedAt,
        },
      },
      webhookMetadata: {
        webhookTargetId: 'whTarget_01DESKGRAPHSIMULATOR',
        webhookTargetVersion: '2024-09-18',
        webhookDeliveryAttemptId: `whAttempt_${randomUUID().replaceAll('-', '')}`,
        webhookDeliveryAttemptNumber: 1,
        webhookDeliveryAttemptTimestamp: timestamp,
      },
    }),
  );
};
