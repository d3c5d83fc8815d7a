/** Real-shaped, PII-free Telegram updates for end-to-end tests, with a poster for one server's webhook. */
const from = (id: number) => ({ id, is_bot: false, first_name: 'Secret Name', language_code: 'en' });
const chat = (id: number) => ({ id, type: 'private' });

export function telegramUpdates(url: () => string, secret: string, first = 1) {
  let updateId = first;
  const post = (update: unknown) =>
    fetch(`${url()}/webhooks/telegram`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
      body: JSON.stringify(update),
    });
  return {
    post,
    /** She writes `text` (a command when it starts with /). */
    say: (user: number, text: string) =>
      post({ update_id: ++updateId, message: { message_id: updateId, date: 1, chat: chat(user), from: from(user), text } }),
    /** She presses the button whose callback data is `data`. */
    press: (user: number, data: string) =>
      post({
        update_id: ++updateId,
        callback_query: { id: `cb${updateId}`, from: from(user), chat_instance: '1', data, message: { message_id: 1, date: 1, chat: chat(user), text: 'x' } },
      }),
  };
}
