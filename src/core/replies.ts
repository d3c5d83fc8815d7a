/** What to say, already translated and channel-neutral. Channels render these within platform limits. */
export interface Choice {
  /** Opaque id that comes back in an InboundEvent of kind `choice`. At most 64 bytes (Telegram callback_data). */
  id: string;
  label: string;
}

export type Reply =
  | {
      kind: 'text';
      text: string;
      choices?: Choice[];
      /** Text direction of the language the text is in; web and console use it for layout. */
      dir?: 'ltr' | 'rtl';
    }
  | {
      /** Ask the person to share a location; `buttonLabel` labels the platform's location button. */
      kind: 'location_request';
      text: string;
      buttonLabel: string;
      dir?: 'ltr' | 'rtl';
    };

export const text = (t: string, choices?: Choice[]): Reply =>
  choices && choices.length > 0 ? { kind: 'text', text: t, choices } : { kind: 'text', text: t };
