import { nameToEmoji } from 'gemoji';

/*
 * Emoji shortcodes (":slightly_smiling_face:", ":+1:") as GitHub renders them in a repository's
 * Markdown, and as posters who write in GitHub, Slack or Mattermost type them: gemoji's table,
 * GitHub's own names. Left as written inside code (`:name:`, fenced blocks), as GitHub does, and
 * where the name is no emoji's (":foo:", "12:30:45").
 */
const CODE_OR_SHORTCODE = /(`+)[^]*?\1|(?<![\p{L}\p{N}_]):([a-z0-9_+-]{1,50}):(?![\p{L}\p{N}_])/gu;

/** `markdown` with each emoji shortcode outside code replaced by its emoji. */
export function withEmojiShortcodes(markdown: string): string {
  return markdown.replace(CODE_OR_SHORTCODE, (whole, _fence: string | undefined, name: string | undefined) =>
    name !== undefined && Object.hasOwn(nameToEmoji, name) ? nameToEmoji[name]! : whole,
  );
}
