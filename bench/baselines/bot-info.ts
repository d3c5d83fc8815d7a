import type { UserFromGetMe } from 'grammy/types';

/** Given, so no baseline calls getMe (Saheli does not on the webhook path either). */
export const benchBotInfo = {
  id: 123456789,
  is_bot: true,
  first_name: 'Bench',
  username: 'bench_bot',
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;
