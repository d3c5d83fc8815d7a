export { people } from './people.js';
export { conversationStates } from './conversation-states.js';
export { inboundReceipts } from './inbound-receipts.js';
export { chatMessages } from './chat-messages.js';
export { centres } from './centres.js';
export { staff, staffSessions } from './staff.js';
export { auditLog, caseMessages, cases } from './cases.js';
export { subscriptions } from './subscriptions.js';
export { campaignOutbox, campaignPledges, campaigns } from './campaigns.js';
